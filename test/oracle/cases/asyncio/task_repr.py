import asyncio

def show(obj):
    # co_filename is the path the program was started with: shown as FILE.
    print(repr(obj).replace(__file__, 'FILE'))

async def job():
    await asyncio.sleep(0.1)
    return 7

async def main():
    t = asyncio.create_task(job(), name="worker")
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    print(t.get_name(), t.result())
    f = asyncio.get_running_loop().create_future()
    show(f)
    f.set_result(3)
    show(f)
    print(await f)

asyncio.run(main())

async def show_callbacks():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    def cb1(fut): print("cb1", fut.result())
    def cb2(fut): print("cb2")
    f.add_done_callback(cb1)
    show(f)
    f.add_done_callback(cb2)
    show(f)
    f.add_done_callback(print)
    show(f)
    print(f.remove_done_callback(print))
    f.set_result("x")
    await asyncio.sleep(0)

asyncio.run(show_callbacks())
