# asyncio.run() cancels the tasks still pending when main returns, and runs them to their end.
# (With several pending tasks the cancellation order is a set's, which depends on addresses.)
import asyncio

async def forever(name):
    try:
        while True:
            await asyncio.sleep(1)
            print(name, "tick")
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    finally:
        print(name, "finally")

async def main():
    asyncio.create_task(forever("bg"))
    await asyncio.sleep(2.5)
    print("main done")

asyncio.run(main())
print("after run")
asyncio.run(main())
