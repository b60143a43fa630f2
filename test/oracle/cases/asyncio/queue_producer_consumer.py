import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(None)

async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(name, "stops")
            return
        print(name, "got", item)
        await asyncio.sleep(0.01)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    await asyncio.gather(producer(q, 5), consumer(q, "c1"))
    await q.join()
    print("joined", q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty!")
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("full!")
    ev = asyncio.Event()
    async def waiter(n):
        print("waiter", n, "waits")
        await ev.wait()
        print("waiter", n, "woke")
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    print(ev.is_set())

asyncio.run(main())
