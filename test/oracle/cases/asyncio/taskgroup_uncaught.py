import asyncio

async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("bad")

async def slow():
    try:
        await asyncio.sleep(1)
    finally:
        print("slow cleanup")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(slow())
        tg.create_task(bad())
    print("unreachable")

asyncio.run(main())
