# Reference counts around an async generator: its frame holds its arguments and locals across yields
# (and across the awaits inside it), each __anext__() awaitable holds the generator, a yielded value
# comes out with one reference, and everything is released when the generator finishes or is closed.
import asyncio
import sys

class Payload:
    pass

async def hold(p, n):
    local = p
    for i in range(n):
        await asyncio.sleep(0)
        yield local

async def main():
    p = Payload()
    print("start", sys.getrefcount(p))
    g = hold(p, 2)
    print("created", sys.getrefcount(p), "gen", sys.getrefcount(g))
    nxt = g.__anext__()
    print("awaitable made: gen", sys.getrefcount(g), "awaitable", sys.getrefcount(nxt))
    v = await nxt
    print("first yield", sys.getrefcount(p), v is p)
    del v
    print("suspended", sys.getrefcount(p))
    del nxt
    print("awaitable gone: gen", sys.getrefcount(g))
    async for v in g:
        print("loop", sys.getrefcount(p), "gen", sys.getrefcount(g))
    print("exhausted", sys.getrefcount(p))
    del v
    print("after del", sys.getrefcount(p))

    g2 = hold(p, 5)
    await g2.__anext__()
    print("held by g2", sys.getrefcount(p))
    await g2.aclose()
    print("after aclose", sys.getrefcount(p))
    del g2

    g3 = hold(p, 5)
    await g3.asend(None)
    print("held by g3", sys.getrefcount(p))
    del g3
    print("g3 dropped (finalizer hook scheduled aclose)", sys.getrefcount(p))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after the loop closed it", sys.getrefcount(p))

asyncio.run(main())
