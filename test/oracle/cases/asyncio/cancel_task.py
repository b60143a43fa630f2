import asyncio

async def worker():
    try:
        print("worker sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker cancelled")
        raise
    finally:
        print("worker cleanup")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print("cancel ->", t.cancel())
    print("done?", t.done(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print("done?", t.done(), t.cancelled(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raised", type(e).__name__)

asyncio.run(main())
