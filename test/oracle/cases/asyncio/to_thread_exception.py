# An exception raised in the executor's thread propagates to the coroutine awaiting to_thread or
# run_in_executor; left uncaught, its traceback shows asyncio/threads.py and concurrent/futures/thread.py.
import asyncio
import time


def parse(text, delay):
    time.sleep(delay)
    return int(text)


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(parse, "12", 0.1))
    try:
        await asyncio.to_thread(parse, "twelve", 0.1)
    except ValueError as e:
        print("caught from to_thread:", e)
    try:
        await loop.run_in_executor(None, parse, "1.5", 0.05)
    except ValueError as e:
        print("caught from run_in_executor:", e)
    await asyncio.to_thread(parse, None, 0.05)


asyncio.run(main())
