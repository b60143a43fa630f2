# A worker thread hands coroutines to the running event loop with run_coroutine_threadsafe and blocks on
# the concurrent.futures.Future it gets back (result, exception); call_soon_threadsafe schedules a call.
import asyncio
import threading


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


async def fail():
    await asyncio.sleep(0)
    raise KeyError("missing")


def worker(loop, log):
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    log.append(("type", type(fut).__module__, type(fut).__name__))
    log.append(("result", fut.result(timeout=5)))
    bad = asyncio.run_coroutine_threadsafe(fail(), loop)
    try:
        bad.result(timeout=5)
    except KeyError as e:
        log.append(("error", repr(e)))
    try:
        asyncio.run_coroutine_threadsafe(add, loop)
    except TypeError as e:
        log.append(("TypeError", str(e)))
    loop.call_soon_threadsafe(log.append, ("called", threading.current_thread().name))


async def main():
    loop = asyncio.get_running_loop()
    log = []
    t = threading.Thread(target=worker, args=(loop, log), name="worker")
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.005)
    await asyncio.sleep(0)
    t.join()
    for entry in log:
        print(entry)

asyncio.run(main())
