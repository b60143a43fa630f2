# asyncio.wait: ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION and a timeout split the tasks into
# (done, pending) sets; the sets' order depends on addresses, so they are printed sorted by task name.
# Also the references a finished and a pending task have after a FIRST_COMPLETED wait.
import asyncio
import sys

async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    print(" ", name, "finished")
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

def start(prefix, delays, failing=None):
    return [asyncio.create_task(work(f"{prefix}{i}", d, i == failing), name=f"{prefix}{i}")
            for i, d in enumerate(delays)]

async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

    done, pending = await asyncio.wait(start("all", [0.3, 0.1, 0.2]))
    print("ALL_COMPLETED:", names(done), names(pending))
    print("results:", sorted(t.result() for t in done))

    tasks = start("first", [0.3, 0.1, 0.2])
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED:", names(done), names(pending))
    # The done task: the list, the done set, the comprehension's `t` and getrefcount's argument; a
    # pending one also the wake-up callback of the future it waits for (its sleep's).
    print("refcounts:", [sys.getrefcount(t) for t in tasks])

    done, pending = await asyncio.wait(pending, timeout=0.15)
    print("timeout=0.15:", names(done), names(pending))
    print("pending left running:", [t.done() for t in pending])
    done, pending = await asyncio.wait(pending, timeout=5)
    print("timeout=5:", names(done), names(pending))

    tasks = start("exc", [0.3, 0.1, 0.2], failing=1)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", names(done), names(pending), [repr(t.exception()) for t in done])
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception:", names(done), names(pending))

    # A finished future counts at once; a plain Future in the set too.
    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, "fut")
    tasks = start("mix", [0.1])
    done, pending = await asyncio.wait([fut] + tasks, return_when=asyncio.FIRST_COMPLETED)
    print("mixed:", [f is fut for f in done], len(pending))
    done, pending = await asyncio.wait([fut] + tasks, timeout=0)
    print("timeout=0:", len(done), names(pending))
    await asyncio.wait(tasks)

    # Cancelled tasks are done; the same task twice counts once.
    t = start("cancel", [1])[0]
    await asyncio.sleep(0)
    t.cancel()
    done, pending = await asyncio.wait([t, t])
    print("cancelled:", names(done), [x.cancelled() for x in done], len(pending))

asyncio.run(main())
