# concurrent.futures.ThreadPoolExecutor: worker names, submit/result, map keeps input order, as_completed
# follows completion (sleep-ordered), exceptions come back through result(), shutdown refuses new work.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED


def square(n):
    time.sleep(0.02 * n)
    return n * n


def fail():
    raise ValueError("no luck")


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(square, n): n for n in [3, 1, 2]}
    print("completion order:", [futures[f] for f in as_completed(futures)])
    print("map keeps order:", list(pool.map(square, [2, 1, 3])))
    names = sorted({t.name for t in threading.enumerate() if t.name.startswith("ThreadPoolExecutor")})
    print("workers:", names)
    bad = pool.submit(fail)
    try:
        bad.result()
    except ValueError as e:
        print("raised:", e, "| exception():", repr(bad.exception()))
    done, pending = wait([pool.submit(square, 3), pool.submit(square, 1)], return_when=FIRST_COMPLETED)
    print("first completed:", [f.result() for f in done], "still pending:", len(pending))

print("after with: alive workers:", sum(t.name.startswith("ThreadPoolExecutor-0") for t in threading.enumerate()))
try:
    pool.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
