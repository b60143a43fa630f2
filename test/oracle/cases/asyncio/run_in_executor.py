# loop.run_in_executor with the default executor (None: a ThreadPoolExecutor made on first use, its
# threads named asyncio_N) and with an explicit ThreadPoolExecutor; the asyncio future it returns, and
# two blocking calls overlapping in two worker threads while a coroutine runs.
import asyncio
import concurrent.futures
import threading
import time


def work(label, seconds):
    time.sleep(seconds)
    print(f"{label}: finished")
    return f"{label} ran in {threading.current_thread().name}"


async def heartbeat():
    for i in range(3):
        await asyncio.sleep(0.1)
        print(f"heartbeat {i}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, work, "default", 0.05)
    print(type(fut).__module__, type(fut).__name__, fut.done())
    print(await fut)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
        results = await asyncio.gather(
            loop.run_in_executor(pool, work, "slow", 0.25),
            loop.run_in_executor(pool, work, "fast", 0.15),
            heartbeat(),
        )
    for r in results:
        print(r)
    # wrap_future: a concurrent.futures.Future set by a plain thread wakes the loop.
    cf = concurrent.futures.Future()
    threading.Timer(0.2, cf.set_result, args=(42,)).start()
    print("wrapped:", await asyncio.wrap_future(cf))
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

loop = asyncio.new_event_loop()
print(loop.run_until_complete(loop.run_in_executor(None, work, "own loop", 0.1)))
loop.run_until_complete(loop.shutdown_default_executor())
try:
    loop.run_in_executor(None, work, "too late", 0)
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
