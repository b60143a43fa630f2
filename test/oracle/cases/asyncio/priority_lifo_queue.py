# asyncio.PriorityQueue and LifoQueue (queues.py's heap and list subclasses of Queue): order of get(),
# put_nowait/get_nowait raising QueueFull/QueueEmpty, and a get() that times out in wait_for.
import asyncio


async def main():
    q = asyncio.Queue(1)
    q.put_nowait("only")
    try:
        q.put_nowait("extra")
    except asyncio.QueueFull:
        print("QueueFull, size", q.qsize(), q.full())
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    pq = asyncio.PriorityQueue()
    for job in [(3, "write report"), (1, "fix bug"), (2, "review")]:
        await pq.put(job)
    print([await pq.get() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue(maxsize=3)
    for x in (5, 1, 3):
        lq.put_nowait(x)
    print(lq.full(), [lq.get_nowait() for _ in range(3)])
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("get() timed out, waiting getters:", len(q._getters))
    print(isinstance(pq, asyncio.Queue), type(lq).__module__)

asyncio.run(main())
