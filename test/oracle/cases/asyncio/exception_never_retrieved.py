# A task whose exception nobody retrieves: asyncio logs it when the task is freed.
import asyncio
import sys

async def bad():
    raise ValueError("lost")

async def main():
    asyncio.create_task(bad())
    print("task created", file=sys.stderr)
    await asyncio.sleep(0)
    print("after one loop iteration", file=sys.stderr)
    await asyncio.sleep(0.1)
    print("main done", file=sys.stderr)

asyncio.run(main())
print("end", file=sys.stderr)
