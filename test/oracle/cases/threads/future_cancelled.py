# A concurrent.futures.Future by hand: states, done callbacks (run at once on a finished future), cancel,
# and result() of a cancelled future raising concurrent.futures._base.CancelledError uncaught.
from concurrent.futures import Future, CancelledError

f = Future()
print(f.done(), f.running(), f.cancelled())
f.add_done_callback(lambda fut: print("callback: result", fut.result()))
f.set_result(42)
f.add_done_callback(lambda fut: print("late callback runs at once"))
print(f.done(), f.cancel(), type(f).__module__)
g = Future()
print(g.cancel(), g.cancelled(), g.done())
try:
    g.exception()
except CancelledError as e:
    print("exception() raised", type(e).__module__, type(e).__qualname__)
g.result()
