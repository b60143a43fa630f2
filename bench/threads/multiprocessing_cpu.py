# 2 processes / serial, CPU-bound countdown (own GIL per process)
import multiprocessing as mp
import time

N = 200_000


def countdown(n):
    while n > 0:
        n -= 1


if __name__ == "__main__":
    start = time.perf_counter()
    workers = [mp.Process(target=countdown, args=(N,)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    parallel = time.perf_counter() - start
    start = time.perf_counter()
    countdown(N)
    countdown(N)
    serial = time.perf_counter() - start
    print(f"ratio={parallel / serial:.3f}")
