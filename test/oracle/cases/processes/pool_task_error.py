# An exception raised in a worker comes back to the caller of get()/map().
import multiprocessing as mp


def inverse(x):
    return 1 / x


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        try:
            pool.map(inverse, [1, 2, 0, 4])
        except ZeroDivisionError as e:
            print("map raised", type(e).__name__, e)
        r = pool.apply_async(inverse, (0,))
        try:
            r.get()
        except ZeroDivisionError as e:
            print("get raised", e, r.successful())
        print(pool.map(inverse, [1, 2, 4]))
