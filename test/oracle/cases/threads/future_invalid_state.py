# A Future set twice raises InvalidStateError (its message names the state and the future); a cancelled one
# reports cancellation to its waiters once set_running_or_notify_cancel() is called.
import re
from concurrent.futures import Future, InvalidStateError, CancelledError
import concurrent.futures as cf

f = Future()
print(f.set_running_or_notify_cancel(), f.running())
f.set_result([1, 2])
for setter, value in ((f.set_result, 3), (f.set_exception, KeyError("k"))):
    try:
        setter(value)
    except InvalidStateError as e:
        print("InvalidStateError:", re.sub(r"0x[0-9a-f]+", "0x...", str(e)))
g = Future()
print(g.cancel(), g.cancelled(), g.set_running_or_notify_cancel())
try:
    g.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError:", re.sub(r"0x[0-9a-f]+", "0x...", str(e)))
print(issubclass(InvalidStateError, cf._base.Error), InvalidStateError.__module__, CancelledError.__module__)
print(Future[int])
