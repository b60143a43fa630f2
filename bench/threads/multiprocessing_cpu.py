# Two processes counting down 600 000 each, against one process doing both countdowns: ratio = parallel / serial (0.5 on 2 idle cores, plus starting the processes). Best of 3, alternating.
import multiprocessing
import time

N = 600_000


def countdown(n):
    while n > 0:
        n -= 1


def parallel():
    workers = [multiprocessing.Process(target=countdown, args=(N,)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def serial():
    countdown(N)
    countdown(N)


if __name__ == "__main__":
    best = {parallel: float("inf"), serial: float("inf")}
    for _ in range(3):
        for run in (parallel, serial):
            start = time.perf_counter()
            run()
            best[run] = min(best[run], time.perf_counter() - start)
    print(f"ratio={best[parallel] / best[serial]:.3f}")
