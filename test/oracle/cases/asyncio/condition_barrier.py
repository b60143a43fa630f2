# asyncio.Condition (notify(n), notify_all, wait_for, a notified waiter cancelled before it runs: 3.13
# hands its wake-up to another waiter) and asyncio.Barrier (indices, abort, reset, BrokenBarrierError).
import asyncio


async def waiter(cond, name, log):
    async with cond:
        try:
            await cond.wait()
            log.append(name)
        except asyncio.CancelledError:
            log.append(name + " cancelled")
            raise


async def main():
    cond = asyncio.Condition()
    log = []
    ws = [asyncio.create_task(waiter(cond, f"w{i}", log)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print("after notify(2):", log, cond.locked())
    async with cond:
        cond.notify()
    ws[2].cancel()
    await asyncio.sleep(0.01)
    print("notified one, cancelled it:", log)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws, return_exceptions=True)
    print("after notify_all:", log)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    items = []
    async def consumer():
        async with cond:
            return await cond.wait_for(lambda: len(items) >= 2 and items[:])
    c = asyncio.create_task(consumer())
    for x in "ab":
        await asyncio.sleep(0)
        async with cond:
            items.append(x)
            cond.notify_all()
    print("wait_for returned", await c)

    barrier = asyncio.Barrier(3)
    async def party(i):
        index = await barrier.wait()
        return i, index
    print(sorted(await asyncio.gather(*(party(i) for i in range(3)))))
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    lonely = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print("waiting:", barrier.n_waiting)
    await barrier.abort()
    try:
        await lonely
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e, barrier.broken)
    await barrier.reset()
    print("reset:", barrier.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
