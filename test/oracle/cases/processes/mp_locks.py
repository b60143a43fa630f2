# multiprocessing's Lock, RLock, Semaphore and BoundedSemaphore are semaphores every forked child
# shares: a child blocks on a lock its parent holds until the parent releases it (acquire with a
# timeout gives up), the reprs name the owner (this process, SomeOtherProcess), the errors of a
# release too many or by a non-owner, and a lock cannot be sent through a Pipe (only inherited).
import multiprocessing as mp
import time


def wait_for(lock, q):
    q.put(("try for 50 ms", lock.acquire(timeout=0.05)))
    start = time.monotonic()
    got = lock.acquire()
    q.put(("then blocked until released", got, time.monotonic() - start > 0.1))
    q.put(("repr in the child", repr(lock)))
    lock.release()


def report(lock, q):
    q.put(repr(lock))


def take(sem, q, name):
    with sem:
        q.put(name)
        time.sleep(0.05)


if __name__ == "__main__":
    lock = mp.Lock()
    q = mp.Queue()
    print(lock, type(lock))
    lock.acquire()
    print(lock)
    p = mp.Process(target=wait_for, args=(lock, q))
    p.start()
    print(q.get())
    time.sleep(0.2)
    lock.release()
    print(q.get())
    print(q.get())
    p.join()
    print(lock, lock.acquire(False), lock.acquire(block=False), lock.acquire(timeout=0.01))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print("ValueError:", e)

    rlock = mp.RLock()
    with rlock:
        with rlock:
            print(rlock)
            p = mp.Process(target=report, args=(rlock, q))
            p.start()
            p.join()
            print("child sees", q.get())
    print(rlock)
    try:
        rlock.release()
    except AssertionError as e:
        print("AssertionError:", e)

    sem = mp.Semaphore(2)
    print(sem, sem.get_value())
    ps = [mp.Process(target=take, args=(sem, q, n)) for n in "abc"]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in ps), sem)
    sem.release()
    print(sem)
    bounded = mp.BoundedSemaphore(1)
    print(bounded)
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)

    a, b = mp.Pipe()
    for obj in (lock, mp.Value("i"), mp.RawArray("d", 2)):
        try:
            a.send(obj)
        except RuntimeError as e:
            print("RuntimeError:", e)
