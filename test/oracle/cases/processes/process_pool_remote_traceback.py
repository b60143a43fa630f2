# concurrent.futures' ProcessPoolExecutor: a task that raises comes back with a _RemoteTraceback (the
# worker's traceback: process.py's _process_worker, and for map _process_chunk) as its __cause__; map
# sends the items in chunks and chains the results back in order. An uncaught one prints both
# tracebacks, the caller's through _chain_from_iterable_of_lists and Future.result.
from concurrent.futures import ProcessPoolExecutor
import time


def inverse(x):
    return 1 / x


def check(x):
    if x == 3:
        raise ValueError(f"bad item {x}")
    return x * 10


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as ex:
        f = ex.submit(inverse, 0)
        e = f.exception()
        print(type(e).__name__, e, type(e.__cause__).__name__, type(e.__cause__).__module__)
        print("in _process_worker" in e.__cause__.tb, "in inverse" in e.__cause__.tb, "_process_chunk" in e.__cause__.tb)
        print(list(ex.map(check, [1, 2], chunksize=2)))
        try:
            list(ex.map(check, range(6), chunksize=2))
        except ValueError as e:
            print("map raised", e, "_process_chunk" in e.__cause__.tb)
        results = ex.map(inverse, [1, 2, 0])
        time.sleep(0.3)
        print(list(results))
