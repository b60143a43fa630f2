# The course's way around the GIL, measured: two processes counting down take about half as long as
# one process doing both countdowns, because each process has its own interpreter and its own GIL.
# Best of 2, parallel and serial runs alternating, so that a busy host disturbs both alike.
import multiprocessing
import time


def countdown(n):
    while n > 0:
        n -= 1


def parallel(n):
    workers = [multiprocessing.Process(target=countdown, args=(n,)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return [w.exitcode for w in workers]


def serial(n):
    countdown(n)
    countdown(n)


if __name__ == "__main__":
    N = 600_000
    best = {parallel: float("inf"), serial: float("inf")}
    for _ in range(2):
        for run in (parallel, serial):
            start = time.perf_counter()
            result = run(N)
            best[run] = min(best[run], time.perf_counter() - start)
            if result is not None:
                exit_codes = result
    print("two processes vs serial:", "faster" if best[parallel] / best[serial] < 0.85 else "no speedup")
    print("exit codes:", exit_codes)
