# A worker whose target raises: a thread's exception is reported by threading.excepthook, a process's
# by multiprocessing's bootstrap ("Process Process-1:" and the traceback); the main program goes on.
import threading


def fail(n):
    raise ValueError("bad input %d" % n)


def fine():
    print("the second worker ran")


if __name__ == "__main__":
    t = threading.Thread(target=fail, args=(3,))
    t.start()
    t.join()
    print("after the failing worker:", t.is_alive())
    u = threading.Thread(target=fine)
    u.start()
    u.join()
    print("done")
