import asyncio

async def slow(name, delay):
    print(name, "in", asyncio.current_task().get_name())
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    print(name, "finished")
    return name

async def main():
    print(await asyncio.wait_for(slow("quick", 0.1), timeout=1))
    try:
        await asyncio.wait_for(slow("late", 1), timeout=0.2)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, type(e.__cause__).__name__)
    print(await asyncio.wait_for(slow("none", 0.1), None))
    t = asyncio.create_task(slow("task", 0.5))
    try:
        await asyncio.wait_for(t, 0.1)
    except TimeoutError:
        print("task timed out", t.cancelled())
    print(asyncio.current_task().get_name())

asyncio.run(main())
