# What cannot be pickled cannot be sent to another process: lambdas, local functions and locks.
import multiprocessing as mp
import threading


def make_local():
    def local(x):
        return x
    return local


def fails(exc):
    text = str(exc)
    return type(exc).__name__, text[:text.find(" at 0x")] if " at 0x" in text else text


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        for func in [lambda x: x + 1, make_local()]:
            try:
                pool.map(func, [1, 2])
            except Exception as e:
                print(*fails(e))
        print(pool.map(abs, [-1, -2]))
    a, b = mp.Pipe()
    for obj in [threading.Lock(), (lambda: 0)]:
        try:
            a.send(obj)
        except Exception as e:
            print(*fails(e))
    print("still usable:", end=" ")
    a.send("ok")
    print(b.recv())
