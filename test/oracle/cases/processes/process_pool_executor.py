# concurrent.futures' ProcessPoolExecutor: submit returns futures, map keeps the input order,
# an exception in a worker is raised by result().
from concurrent.futures import ProcessPoolExecutor, as_completed
import multiprocessing as mp


def cube(x):
    return x ** 3


def worker_name(_):
    return mp.current_process().name.startswith("ForkProcess-")


def fail(x):
    raise KeyError(x)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(cube, i) for i in range(5)]
        print([f.result() for f in futures])
        print(list(ex.map(cube, [10, 20])))
        print(sorted(f.result() for f in as_completed([ex.submit(cube, 3), ex.submit(cube, 4)])))
        print(all(ex.map(worker_name, range(4))))
        bad = ex.submit(fail, "missing")
        try:
            bad.result()
        except KeyError as e:
            print("raised KeyError", e)
        try:
            ex.submit(lambda: 1).result()
        except Exception as e:
            print(type(e).__name__)
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print(e)
