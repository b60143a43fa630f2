# A pool's map and submit: a pool of threads, and as processes a pool of processes (the same calls;
# the functions are then pickled by name to the worker processes).
from concurrent.futures import ProcessPoolExecutor
import concurrent.futures


def square(x):
    return x * x


def describe(x):
    return "%d squared is %d" % (x, square(x))


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(square, range(6))))
        print(type(ex).__name__)
    with concurrent.futures.ProcessPoolExecutor(max_workers=3) as ex:
        futures = [ex.submit(describe, n) for n in (3, 5, 7)]
        for f in futures:
            print(f.result())
