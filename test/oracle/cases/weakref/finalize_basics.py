# weakref.finalize: runs func(*args) once when the object dies; alive, calling it early, detach() and peek().
import weakref

class Resource:
    def __init__(self, name):
        self.name = name

def cleanup(name, mode="normal"):
    print(f"cleanup({name!r}, mode={mode!r})")
    return f"closed {name}"

r = Resource("db")
f = weakref.finalize(r, cleanup, "db", mode="auto")
print("alive:", f.alive, "atexit:", f.atexit)
del r
print("alive after del:", f.alive, "calling again:", f())

r2 = Resource("file")
f2 = weakref.finalize(r2, cleanup, "file")
print("calling early returns:", f2())
print("alive:", f2.alive, "second call:", f2())
del r2
print("nothing more when the object dies")

r3 = Resource("socket")
f3 = weakref.finalize(r3, cleanup, "socket")
obj, func, args, kwargs = f3.peek()
print("peek:", obj is r3, func.__name__, args, kwargs)
print("detach:", f3.detach()[2], "alive:", f3.alive, "detach again:", f3.detach())
del r3, obj
print("detached finalizer never runs")
try:
    weakref.finalize(42, cleanup, "int")
except TypeError as e:
    print("TypeError:", e)
