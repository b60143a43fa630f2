# athrow(): the exception is raised at the yield the generator stopped at; a generator that handles it
# and yields again gives that value to the await, one that does not lets it propagate (and is then
# finished); athrow() on a generator that never started or has finished.
import asyncio

async def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("  handled", repr(e))
            n += 100
        n += 1

async def fragile():
    try:
        yield "first"
    finally:
        print("  fragile finally")

async def main():
    g = resilient()
    print(await g.__anext__())
    print(await g.athrow(ValueError("x")))
    print(await g.__anext__())
    print(await g.athrow(ValueError("y")))
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("finished")
    f = fragile()
    print(await f.__anext__())
    try:
        await f.athrow(TypeError("t"))
    except TypeError as e:
        print("propagated", repr(e))
    try:
        await fragile().athrow(ValueError("unstarted"))
    except ValueError as e:
        print("unstarted:", repr(e))
    try:
        print("after end:", await f.athrow(ValueError("late")))
    except BaseException as e:
        print("after end raised", type(e).__name__)

asyncio.run(main())
