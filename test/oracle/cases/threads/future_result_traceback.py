# An exception raised in a pool worker comes back through Future.result() (Lib/concurrent/futures/_base.py
# re-raises it in __get_result and drops `self`, as the worker drops its work item, so the caught exception
# does not keep the future alive) and through Executor.map's iterator; its traceback shows those frames.
import sys
import time
from concurrent.futures import ThreadPoolExecutor


def parse(text):
    return int(text)


with ThreadPoolExecutor(max_workers=2) as pool:
    future = pool.submit(parse, "12x")
    try:
        future.result()
    except ValueError as e:
        err = e
    print("caught:", err)
    print("future refcount:", sys.getrefcount(future))
    tb, names = err.__traceback__, []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("frames:", names)
    del tb
    print(type(future.exception()).__name__, future.done())
    results = pool.map(parse, ["1", "2", "three", "4"])
    time.sleep(0.05)
    print(next(results), next(results))
    for value in results:
        print(value)
