# is_alive, join with a timeout, terminate (exit code -15 = killed by SIGTERM), a daemon child
# terminated when the parent exits, parent_process, and a Queue.get timeout.
import multiprocessing as mp
import queue
import time


def nap(seconds):
    time.sleep(seconds)


def forever():
    while True:
        time.sleep(0.01)


def report(q):
    q.put((mp.current_process().name, mp.parent_process().name))


if __name__ == "__main__":
    p = mp.Process(target=nap, args=(0.3,))
    p.start()
    print("alive after start:", p.is_alive())
    p.join(timeout=0.05)
    print("after join(0.05): alive", p.is_alive(), "exitcode", p.exitcode)
    p.join()
    print("after join(): alive", p.is_alive(), "exitcode", p.exitcode)

    f = mp.Process(target=forever)
    f.start()
    time.sleep(0.05)
    f.terminate()
    f.join()
    print("terminated exitcode", f.exitcode)

    q = mp.Queue()
    r = mp.Process(target=report, args=(q,))
    r.start()
    print("child and its parent:", q.get())
    r.join()
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("queue.Empty after the timeout")
    print("active children:", mp.active_children())

    d = mp.Process(target=forever, daemon=True)
    d.start()
    print("daemon started, parent exits")
