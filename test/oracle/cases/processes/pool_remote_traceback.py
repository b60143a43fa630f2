# A task that raises in a Pool worker: the caller gets the exception back with a RemoteTraceback as
# its __cause__ (the worker's traceback, formatted there: pool.py's worker and mapstar frames, then
# the task's own), and an uncaught one prints both, "The above exception was the direct cause...".
import multiprocessing as mp


class BadInput(Exception):
    pass


def check(x):
    if x < 0:
        raise BadInput(f"negative: {x}")
    return x


def root(x):
    return check(x) ** 0.5


def report(e):
    print("error_callback got", type(e).__name__, e, type(e.__cause__).__name__)


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        try:
            pool.map(root, [4, -1, 9])
        except BadInput as e:
            cause = e.__cause__
            print(type(e).__name__, e, type(cause).__name__, type(cause).__module__)
            print(cause.tb.startswith('\n"""\nTraceback (most recent call last):\n'), cause.tb.endswith('BadInput: negative: -1\n"""'))
            print(str(cause) == cause.tb, "in root" in cause.tb, "in check" in cause.tb)
        r = pool.apply_async(root, (-2,), error_callback=report)
        r.wait()
        print(r.successful())
        print(pool.starmap(pow, [(2, 3), (3, 2)]))
        pool.starmap(divmod, [(7, 2), (1, 0)])
