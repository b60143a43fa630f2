# A custom awaitable whose __await__ returns a coroutine's wrapper (coro.__await__()), awaited in
# asyncio.run: the coroutine runs, its result is the await's value, its exceptions come through, and
# cancelling the task throws into it.
import asyncio

class Deferred:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return self.coro.__await__()

async def compute(x):
    await asyncio.sleep(0)
    return x * 2

async def fail():
    await asyncio.sleep(0)
    raise KeyError('missing')

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('slow cancelled')
        raise

async def main():
    print('got', await Deferred(compute(21)))
    try:
        await Deferred(fail())
    except KeyError as e:
        print('caught', repr(e))
    results = await asyncio.gather(Deferred(compute(1)), Deferred(compute(2)))
    print('gathered', results)
    task = asyncio.ensure_future(Deferred(compute(5)))
    print('task', await task)
    # Cancelling throws CancelledError through the wrapper into the coroutine it runs.
    task = asyncio.ensure_future(Deferred(slow()))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('task cancelled', task.cancelled())
    return 'main done'

print(asyncio.run(main()))
print(asyncio.iscoroutine(Deferred(None)), hasattr(Deferred(None), '__await__'))
