import asyncio, sys

class Payload:
    pass

async def hold(p):
    await asyncio.sleep(0.1)
    return p

async def main():
    p = Payload()
    print("p", sys.getrefcount(p))
    c = hold(p)
    print("p", sys.getrefcount(p), "c", sys.getrefcount(c))
    t = asyncio.create_task(c)
    print("p", sys.getrefcount(p), "c", sys.getrefcount(c), "t", sys.getrefcount(t))
    del c
    await asyncio.sleep(0)
    print("p", sys.getrefcount(p), "t", sys.getrefcount(t))
    r = await t
    print("p", sys.getrefcount(p), "t", sys.getrefcount(t), r is p)
    del r
    print("p", sys.getrefcount(p))
    del t
    print("p", sys.getrefcount(p))

asyncio.run(main())
