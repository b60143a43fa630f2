import asyncio

async def worker(name, lock, log):
    print(name, "wants the lock", lock.locked())
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0.01)
        log.append(name)
    print(name, "released")

async def limited(name, sem, delay):
    async with sem:
        print(name, "in", sem.locked())
        await asyncio.sleep(delay)
    print(name, "out")

async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(worker(f"w{i}", lock, log) for i in range(3)))
    print(log, lock.locked())
    print(repr(lock).split(" [")[1])
    sem = asyncio.Semaphore(2)
    delays = [0.05, 0.02, 0.035, 0.01, 0.013]
    await asyncio.gather(*(limited(f"s{i}", sem, d) for i, d in enumerate(delays)))
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print(e)
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    # Several releases before the woken waiters run: 3.13 wakes them differently.
    s2 = asyncio.Semaphore(0)
    async def waiter(n):
        await s2.acquire()
        print("waiter", n, "acquired")
    ts = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    s2.release(); s2.release(); s2.release()
    await asyncio.sleep(0.01)
    print("value", s2._value)
    for t in ts: t.cancel()

asyncio.run(main())
