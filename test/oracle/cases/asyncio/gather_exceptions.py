import asyncio

async def ok(x, d):
    await asyncio.sleep(d)
    print("ok", x)
    return x

async def bad(d):
    await asyncio.sleep(d)
    raise ValueError(f"bad after {d}")

async def main():
    res = await asyncio.gather(ok(1, 0.1), bad(0.05), ok(2, 0.02), return_exceptions=True)
    print([type(r).__name__ for r in res], res[1])
    try:
        await asyncio.gather(ok(3, 0.1), bad(0.05))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.2)
    print("empty", await asyncio.gather())

asyncio.run(main())
