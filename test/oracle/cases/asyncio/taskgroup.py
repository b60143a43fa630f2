import asyncio

async def fetch(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("done", name)
    return name * 2

async def bad(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"bad after {delay}")

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled by the group")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("a", 0.02))
        t2 = tg.create_task(fetch("b", 0.01), name="second")
        print(repr(tg), t2.get_name())
    print("results", t1.result(), t2.result(), repr(tg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(bad(0.01))
            await asyncio.sleep(0.5)
            print("not reached")
    except ExceptionGroup as eg:
        print("caught", type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("c", 0.01))
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("body error:", [repr(e) for e in eg.exceptions])
    late = fetch("late", 0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print(e)
    # 3.13 closes the coroutine it refuses; 3.11 and 3.12 leave it to the caller.
    print("closed by create_task:", late.cr_frame is None)
    late.close()
    print("parent cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
