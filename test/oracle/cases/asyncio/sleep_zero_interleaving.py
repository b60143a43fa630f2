import asyncio

async def player(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name

async def main():
    results = await asyncio.gather(player("ping", 3), player("pong", 2), player("pang", 4))
    print(results)

asyncio.run(main())
