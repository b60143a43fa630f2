import asyncio

async def fail():
    await asyncio.sleep(0.01)
    raise KeyError("missing")

async def main():
    print("start")
    await fail()

asyncio.run(main())
