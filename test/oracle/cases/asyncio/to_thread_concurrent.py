# asyncio.to_thread runs a blocking function (time.sleep) in the default executor's thread, named
# asyncio_0, while the event loop goes on running coroutines; the await gives the function's result.
import asyncio
import threading
import time


def blocking_io(name, seconds):
    print(f"{name}: starts in {threading.current_thread().name}")
    time.sleep(seconds)
    print(f"{name}: done after the sleep")
    return name.upper()


async def ticker(count, delay):
    for i in range(count):
        await asyncio.sleep(delay)
        print(f"tick {i} in {threading.current_thread().name}")
    return count


async def main():
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "download", 0.35),
        ticker(3, 0.1),
    )
    print("results:", results)
    # A second call reuses the default executor's idle worker.
    print("again:", await asyncio.to_thread(blocking_io, "upload", 0.05))
    print("threads:", sorted(t.name for t in threading.enumerate()))


asyncio.run(main())
# asyncio.run's Runner.close shut the default executor down and joined its worker.
print("after run:", sorted(t.name for t in threading.enumerate()))
