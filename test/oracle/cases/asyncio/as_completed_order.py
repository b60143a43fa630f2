# asyncio.as_completed: results in the order the awaitables finish (sleeps of different lengths), its
# timeout, and what changed in 3.13: as_completed() returns an _AsCompletedIterator, made (its tasks
# started) at the call and usable with `async for`, which yields the tasks themselves; 3.11 and 3.12's
# is a generator that starts at its first next(). A single awaitable is refused, with each version's
# message.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name

async def noisy(name, delay):
    print("  start", name)
    await asyncio.sleep(delay)
    return name

async def main():
    # Coroutines are wrapped in tasks (in a set's order, hence no prints in job).
    for aw in asyncio.as_completed([job("slow", 0.3), job("fast", 0.1), job("middle", 0.2)]):
        print("finished:", await aw)

    tasks = [asyncio.create_task(job(f"t{d}", d, fail=(d == 0.2))) for d in (0.4, 0.2, 0.1, 0.3)]
    for aw in asyncio.as_completed(tasks):
        try:
            print("task finished:", await aw)
        except RuntimeError as e:
            print("task raised:", e)

    tasks = [asyncio.create_task(job(f"late{d}", d)) for d in (0.5, 0.05, 0.1)]
    try:
        for aw in asyncio.as_completed(tasks, timeout=0.2):
            print("in time:", await aw)
    except TimeoutError as e:
        print("timed out:", type(e).__name__)
    print("the late one goes on:", [t.done() for t in tasks])
    await asyncio.wait(tasks)

    it = asyncio.as_completed([noisy("early", 0.1)])
    print(type(it).__name__)
    await asyncio.sleep(0)
    print("slept once")
    for aw in it:
        print("next is a", type(aw).__name__, "->", await aw)

    tasks = [asyncio.create_task(job(f"a{d}", d)) for d in (0.3, 0.1, 0.2)]
    try:
        async for t in asyncio.as_completed(tasks):
            print("async for got task", tasks.index(t), t.result())
    except TypeError as e:
        print("TypeError:", e)
        await asyncio.wait(tasks)

    tasks = [asyncio.create_task(job(f"b{d}", d)) for d in (0.3, 0.1)]
    try:
        async for t in asyncio.as_completed(tasks, timeout=0.2):
            print("async for got", t.result())
    except TypeError as e:
        print("TypeError:", e)
    except TimeoutError:
        print("async for timed out")
    await asyncio.wait(tasks)

    fut = asyncio.get_running_loop().create_future()
    try:
        for aw in asyncio.as_completed(fut):
            pass
    except TypeError as e:
        print("TypeError:", e)
    fut.cancel()
    print("nothing to do:", list(asyncio.as_completed([])))

asyncio.run(main())
