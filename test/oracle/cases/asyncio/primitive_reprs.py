# The state asyncio's primitives show in their reprs (the part after the address): Lock, Semaphore, Event
# and Condition with their waiters, and a Queue's str with its items, getters and unfinished tasks.
import asyncio


def state(obj):
    return repr(obj).split(" [", 1)[1]


async def main():
    lock, sem, ev = asyncio.Lock(), asyncio.Semaphore(2), asyncio.Event()
    cond = asyncio.Condition()
    print(state(lock), state(sem), state(ev), state(cond))
    waiters = [asyncio.create_task(ev.wait()) for _ in range(2)]
    await lock.acquire()
    blocked = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock), state(ev))
    ev.set()
    lock.release()
    await asyncio.gather(blocked, *waiters)
    print(state(lock), state(ev))
    lock.release()
    q = asyncio.Queue(maxsize=3)
    print(str(q))
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    for item in ("a", "b"):
        await q.put(item)
    print(str(q))
    await getter
    q.task_done()
    print(str(q), repr(q).startswith("<Queue at 0x"))
    pq = asyncio.PriorityQueue()
    await pq.put((2, "later"))
    print(str(pq))

asyncio.run(main())
