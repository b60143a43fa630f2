# Condition, Semaphore, BoundedSemaphore and Barrier between threads.
import threading
import time

cond = threading.Condition()
ready = []
seen = []

def waiter(i):
    with cond:
        cond.wait_for(lambda: ready)
        seen.append((i, ready[0]))

ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
time.sleep(0.01)
with cond:
    ready.append("go")
    cond.notify_all()
for w in ws:
    w.join()
print("woken by notify_all (in any order):", sorted(seen))

sem = threading.Semaphore(2)
inside = 0
most = 0
guard = threading.Lock()

def limited():
    global inside, most
    with sem:
        with guard:
            inside += 1
            most = max(most, inside)
        time.sleep(0.01)
        with guard:
            inside -= 1

ts = [threading.Thread(target=limited) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("at most", most, "inside the semaphore")

b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)

barrier = threading.Barrier(3)
order = []
def party(i):
    time.sleep(0.01 * i)
    order.append(("before", i))
    barrier.wait()
    order.append(("after", i))

ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print([o for o in order if o[0] == "before"])
print(sorted(o for o in order if o[0] == "after"))
print(barrier.broken, barrier.n_waiting, barrier.parties)
