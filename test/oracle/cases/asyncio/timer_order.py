import asyncio

async def say(msg, delay):
    await asyncio.sleep(delay)
    print(msg)

async def main():
    tasks = [asyncio.create_task(say(f"msg{i}", d)) for i, d in enumerate([0.3, 0.1, 0.2, 0.1, 0, 0.3])]
    for t in tasks:
        await t
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    loop.call_later(0.05, print, "later 0.05")
    loop.call_later(0.01, print, "later 0.01")
    loop.call_soon(print, "soon 2")
    await asyncio.sleep(0.1)
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))

asyncio.run(main())
