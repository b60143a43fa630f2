# A Pool of worker processes: map, starmap, apply_async, imap keep the order of the inputs.
import multiprocessing as mp


def square(x):
    return x * x


def power(x, n):
    return x ** n


def whoami(_):
    return mp.current_process().name.startswith("ForkPoolWorker-")


if __name__ == "__main__":
    with mp.Pool(processes=3) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 4)]))
        r = pool.apply_async(power, (2, 10))
        print(r.get())
        print(list(pool.imap(square, [5, 6, 7])))
        print(sorted(pool.imap_unordered(square, [1, 2, 3])))
        print(all(pool.map(whoami, range(6))))
        print(pool.map(square, []))
    pool = mp.Pool(2)
    results = [pool.apply_async(square, (i,)) for i in range(4)]
    pool.close()
    pool.join()
    print([r.get() for r in results])
