# While an object dies: __del__ runs first and may create new weakrefs (cleared with the rest, their callback runs first as the newest); all are cleared before any callback.
import weakref

made_in_del = []

class Target:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"__del__ {self.name}: existing weakrefs still alive? {first() is self}")
        made_in_del.append(weakref.ref(self, lambda r: print("callback of the ref made in __del__")))

def callback(ref):
    print("callback: first() is", first(), "| second() is", second(), "| ref is second:", ref is second)

t = Target("t")
first = weakref.ref(t, callback)
second = weakref.ref(t, callback)
del t
print("ref made in __del__ is dead:", made_in_del[0]() is None)

u = Target("u")
first = weakref.ref(u)
second = first
del u
print("done")
