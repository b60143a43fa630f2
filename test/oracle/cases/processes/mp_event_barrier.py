# multiprocessing's Event, Condition and Barrier (over the machine's semaphores) and a manager's Condition
# and Barrier: children block on an Event until the parent sets it, three processes pass a Barrier
# together (each gets its own index), a consumer waits on a manager Condition until a producer notifies.
import multiprocessing as mp
import time

def waiter(ev, q, name):
    q.put((name, 'waiting'))
    got = ev.wait()
    q.put((name, 'woke', got))

def producer(cond, items):
    with cond:
        items.append(1)
        cond.notify_all()

def at_barrier(b, q, i):
    n = b.wait()
    q.put(('passed', n))

def consumer(cond, items, q):
    with cond:
        ok = cond.wait_for(lambda: len(items) > 0, timeout=5)
        q.put(('consumer saw', ok, items[:]))

if __name__ == "__main__":
    ev = mp.Event()
    q = mp.Queue()
    print(ev.is_set(), repr(ev).split(' at ')[0], type(ev))
    ps = [mp.Process(target=waiter, args=(ev, q, n)) for n in 'ab']
    for p in ps: p.start()
    print(sorted([q.get(), q.get()]))
    time.sleep(0.1)
    ev.set()
    print(sorted([q.get(), q.get()]))
    for p in ps: p.join()
    print(ev.is_set(), ev.wait(0.01), repr(ev).endswith('set>'))
    ev.clear()
    print(ev.is_set(), ev.wait(0.05))
    cond = mp.Condition()
    print(cond)
    b = mp.Barrier(3)
    print(b.parties, b.n_waiting, b.broken, type(b))
    ps = [mp.Process(target=at_barrier, args=(b, q, i)) for i in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(sorted(q.get() for _ in range(3)))
    with mp.Manager() as m:
        lst = m.list()
        c = m.Condition()
        p = mp.Process(target=consumer, args=(c, lst, q)); p.start()
        time.sleep(0.1)
        p2 = mp.Process(target=producer, args=(c, lst)); p2.start()
        p.join(); p2.join()
        print(q.get())
        mb = m.Barrier(2)
        print(mb.parties, mb.n_waiting)
