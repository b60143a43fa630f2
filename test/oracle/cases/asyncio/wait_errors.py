# asyncio.wait's refusals: a single future or coroutine, an empty collection, a bad return_when, and
# bare coroutines in the collection (3.11+), which are never awaited and warn once dropped (each is
# dropped by a `del` in main, as the simulator attributes a warning raised while a returning frame's
# locals are cleared to that frame, where CPython names its caller).
import asyncio

async def work(name):
    await asyncio.sleep(0.1)
    return name

async def attempt(label, fs, **kwargs):
    try:
        await asyncio.wait(fs, **kwargs)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

async def main():
    task = asyncio.create_task(work("t"))
    await attempt("a task:", task)
    coro = work("single")
    await attempt("a coroutine:", coro)
    print("dropping the coroutine")
    del coro
    await attempt("empty list:", [])
    await attempt("empty set:", set())
    await attempt("bad return_when:", [task], return_when="SOMETIMES")
    await attempt("lower case:", [task], return_when="first_completed")
    coros = [work("listed")]
    await attempt("coroutines:", coros)
    print("dropping the list")
    del coros
    mixed = [task, asyncio.sleep(0)]
    await attempt("task and coroutine mixed:", mixed)
    del mixed
    print("still pending:", task.done())
    done, pending = await asyncio.wait({task}, return_when="FIRST_COMPLETED")
    print("a string constant works:", [t.result() for t in done], len(pending))

asyncio.run(main())
