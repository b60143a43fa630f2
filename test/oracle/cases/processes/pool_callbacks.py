# Pool extras: an initializer run once in each worker, callbacks run in the parent when results
# arrive, map_async/starmap_async, and a result's ready()/successful().
import multiprocessing as mp

factor = 1


def setup(f):
    global factor
    factor = f


def scale(x):
    return x * factor


def pair_sum(a, b):
    return a + b


if __name__ == "__main__":
    seen = []
    with mp.Pool(2, initializer=setup, initargs=(10,)) as pool:
        r = pool.map_async(scale, [1, 2, 3], callback=seen.append)
        print(r.get(), seen)
        s = pool.starmap_async(pair_sum, [(1, 2), (3, 4)])
        s.wait()
        print(s.ready(), s.successful(), s.get())
        errors = []
        bad = pool.apply_async(pair_sum, (1, "x"), error_callback=lambda e: errors.append(type(e).__name__))
        bad.wait()
        print(bad.successful(), errors)
        print(pool.apply(scale, (7,)))
        print(list(pool.imap(scale, range(5), chunksize=2)))
    print("factor in the parent is still", factor)
