# asyncio.shield: cancelling the task that awaits a shield cancels only the outer future, the inner
# task runs on to its result; cancelling the inner task cancels the shield; an inner exception passes
# through; a finished awaitable is handed back as it is.
import asyncio

async def inner_work(name, log, delay=0.2):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    log.append(f"{name} finished")
    return f"{name} result"

async def outer(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("outer cancelled; inner done?", inner.done())
        raise

async def boom():
    await asyncio.sleep(0.01)
    raise KeyError("boom")

async def main():
    log = []
    inner = asyncio.create_task(inner_work("inner", log))
    o = asyncio.create_task(outer(inner))
    await asyncio.sleep(0.1)
    print("cancel outer:", o.cancel())
    try:
        await o
    except asyncio.CancelledError:
        print("outer task cancelled:", o.cancelled())
    print("inner:", await inner, log)
    print("shield of a done task is the task:", asyncio.shield(inner) is inner)
    print("its result:", await asyncio.shield(inner))

    inner2 = asyncio.create_task(inner_work("inner2", log))
    s = asyncio.shield(inner2)
    print("the shield is a new future:", s is not inner2, type(s).__name__, s.done())
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shield cancelled with its inner:", s.cancelled(), log[-1])

    try:
        await asyncio.shield(boom())
    except KeyError as e:
        print("shield raised", repr(e))

    # The shield itself cancelled: the inner task goes on, and its result is not wanted.
    inner3 = asyncio.create_task(inner_work("inner3", log, 0.05))
    s = asyncio.shield(inner3)
    print("cancel the shield:", s.cancel(), inner3.cancelled())
    await asyncio.sleep(0.1)
    print("inner3:", inner3.done(), inner3.cancelled(), log[-1])

    # Shielded from wait_for's timeout: the wait times out, the work finishes.
    inner4 = asyncio.create_task(inner_work("inner4", log, 0.2))
    try:
        await asyncio.wait_for(asyncio.shield(inner4), timeout=0.1)
    except TimeoutError:
        print("wait_for timed out; inner4 cancelled?", inner4.cancelled())
    print("inner4:", await inner4, log[-1])

    # A cancelled shield takes its callback off the inner task: a failing inner task then has its
    # exception never retrieved, logged when the task goes.
    s = asyncio.shield(boom())
    s.cancel()
    await asyncio.sleep(0.05)
    print("done")

asyncio.run(main())
