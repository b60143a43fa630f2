# as_completed() yields each future once (duplicates dropped), the already finished first, and its timeout
# counts the unfinished; as_completed() and wait() install waiters and take them off again, leaving no
# reference behind; wait() returns a DoneAndNotDoneFutures named tuple.
import sys
import threading
from concurrent.futures import ThreadPoolExecutor, Future, as_completed, wait, FIRST_COMPLETED

gate = threading.Event()
done = Future()
done.set_result("already")
with ThreadPoolExecutor(2) as ex:
    slow = ex.submit(lambda: (gate.wait(), "slow")[1])
    fast = ex.submit(lambda: "fast")
    fast.result()
    it = as_completed([slow, done, fast, done])
    first = sorted([next(it).result(), next(it).result()])
    try:
        for f in as_completed([slow, fast], timeout=0.02):
            pass
    except TimeoutError as e:
        print("TimeoutError:", e)
    result = wait([slow, fast], return_when=FIRST_COMPLETED)
    print(type(result).__name__, len(result.done), len(result.not_done))
    gate.set()
    print(first, next(it).result(), len(list(it)))
    del it, f, result
    print([len(x._waiters) for x in (slow, fast, done)], [len(x._done_callbacks) for x in (slow, fast, done)])
    print([sys.getrefcount(x) for x in (slow, fast, done)])
