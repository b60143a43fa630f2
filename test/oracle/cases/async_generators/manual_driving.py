# Driving an async generator by hand, without an event loop: the __anext__() awaitable's send() passes
# out what an await inside the generator yields (ag_running stays True, ag_await shows the awaited
# object) and ends with StopIteration carrying the yielded value; throw() into the awaitable reaches the
# generator; close() of an awaitable; aclose() driven by send(); a dropped suspended generator runs its
# finally when it goes (no finalizer hook outside asyncio).
import sys

class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got

async def agen():
    try:
        got = await Pause("paused")
        print("  resumed with", got)
        yield "value"
        yield "second"
    except KeyError as e:
        print("  caught", repr(e))
        yield "after KeyError"
    finally:
        print("  finally")

def step(aw, value=None):
    try:
        print("passed out:", aw.send(value))
    except StopIteration as e:
        print("StopIteration:", e.value)
    except BaseException as e:
        print(type(e).__name__, e)

g = agen()
print("frame", type(g.ag_frame).__name__, "running", g.ag_running, "await", g.ag_await)
a = g.__anext__()
step(a)
print("running", g.ag_running, "await", type(g.ag_await).__name__)
step(a, "hello")
print("running", g.ag_running)
step(a)
b = g.__anext__()
try:
    b.throw(KeyError("k"))
except StopIteration as e:
    print("throw ->", e.value)
b.close()
step(b)
c = g.aclose()
step(c)
print("frame after aclose", g.ag_frame)
h = agen()
step(h.__anext__())
print("refs of h", sys.getrefcount(h))
del h
print("end")
