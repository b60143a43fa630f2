# With stdout a pipe each process buffers its output and writes it when it exits (or flushes):
# the parent's lines printed before start() come first only because start() flushes them.
import multiprocessing as mp
import sys


def talk(i):
    print("child", i, "line 1")
    print("child", i, "to stderr", file=sys.stderr)
    print("child", i, "line 2")


if __name__ == "__main__":
    print("parent before")
    ps = [mp.Process(target=talk, args=(i,)) for i in range(3)]
    for p in ps:
        p.start()
        p.join()
    print("parent after")
    print("parent unflushed")
    q = mp.Process(target=talk, args=(9,))
    q.start()
    q.join()
    print("parent end")
