import asyncio

async def work(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} end")
    return name.upper()

async def main():
    t1 = asyncio.create_task(work("a", 0.2))
    t2 = asyncio.create_task(work("b", 0.1))
    print(t1.get_name(), t2.get_name(), t1.done())
    r = await asyncio.gather(t1, t2, work("c", 0.15))
    print(r, t1.done(), t1.result())
    x = await asyncio.sleep(0.01, result="slept")
    print(x)
    return 42

print(asyncio.run(main()))
