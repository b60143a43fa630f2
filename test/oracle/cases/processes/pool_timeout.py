# AsyncResult.get(timeout) raises multiprocessing.TimeoutError (multiprocessing.context.TimeoutError, a
# ProcessError, not the built-in TimeoutError), which pickles by reference; an uncaught one shows
# pool.py's get frame.
import multiprocessing as mp
import time


def slow(x):
    time.sleep(0.5)
    return x


if __name__ == "__main__":
    print(mp.TimeoutError, [c.__name__ for c in mp.TimeoutError.__mro__])
    print(mp.ProcessError, mp.AuthenticationError, mp.BufferTooShort)
    a, b = mp.Pipe()
    a.send(mp.TimeoutError("sent"))
    print(repr(b.recv()))
    with mp.Pool(1) as pool:
        r = pool.apply_async(slow, (1,))
        try:
            r.get(timeout=0.05)
        except TimeoutError as e:
            print("the built-in TimeoutError caught it", type(e))
        except mp.TimeoutError as e:
            print("multiprocessing.TimeoutError caught it", type(e), repr(e))
        print(r.ready(), r.get())
        r = pool.apply_async(slow, (2,))
        r.get(timeout=0.01)
