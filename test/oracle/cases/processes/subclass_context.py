# A Process subclass overriding run(), the fork context, and a bound method sent to a Pool
# (pickled as the instance plus the method's name).
import multiprocessing as mp


class Worker(mp.Process):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        print("worker", self.name, self.n * 2)


class Adder:
    def __init__(self, k):
        self.k = k

    def add(self, x):
        return x + self.k


if __name__ == "__main__":
    w = Worker(21)
    w.start()
    w.join()
    print(w.exitcode)
    ctx = mp.get_context("fork")
    p = ctx.Process(target=print, args=("via the fork context",))
    p.start()
    p.join()
    with ctx.Pool(2) as pool:
        print(pool.map(Adder(100).add, [1, 2, 3]))
    print(mp.get_start_method())
