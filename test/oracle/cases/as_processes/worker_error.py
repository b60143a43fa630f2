# A worker whose target raises: a thread's exception is reported by threading.excepthook, a process's
# by multiprocessing's bootstrap ("Process Process-1:" and the traceback); the main program goes on.
import multiprocessing, threading


def fail(n):
    raise ValueError("bad input %d" % n)


def fine():
    print("the second worker ran")


if __name__ == "__main__":
    t = multiprocessing.Process(target=fail, args=(3,))
    t.start()
    t.join()
    print("after the failing worker:", t.is_alive())
    u = multiprocessing.Process(target=fine)
    u.start()
    u.join()
    print("done")
