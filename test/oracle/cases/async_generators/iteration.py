# An async generator driven by `async for` under asyncio.run: its type and names, __aiter__ returning
# itself, the values it yields between awaits that let another task run, asend() values received by
# its yields, and StopAsyncIteration once it returned (also on every later __anext__()).
import asyncio

async def ticker(label, n):
    for i in range(n):
        await asyncio.sleep(0)
        print(f"  {label} yields {i}")
        yield i
    print(f"  {label} returns")

async def other():
    for i in range(3):
        print("  other task step", i)
        await asyncio.sleep(0)

async def echo():
    received = yield "ready"
    while received is not None:
        received = yield f"echo {received}"

async def main():
    g = ticker("t", 3)
    print(type(g).__name__, g.__name__, g.__qualname__, repr(g).startswith("<async_generator object ticker at 0x"))
    print(g.__aiter__() is g, type(g.__anext__()).__name__)
    t = asyncio.create_task(other())
    async for v in g:
        print("got", v)
    await t
    for _ in range(2):
        try:
            await g.__anext__()
        except StopAsyncIteration as e:
            print("StopAsyncIteration", e.args)
    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    try:
        await e.asend(None)
    except StopAsyncIteration:
        print("echo ended")
    total = 0
    async for v in ticker("sum", 4):
        total += v
    else:
        print("else runs, total", total)

asyncio.run(main())
