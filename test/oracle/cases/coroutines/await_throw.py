class Pause:
    def __await__(self):
        try:
            yield "paused"
        except KeyError as e:
            print("awaitable saw", repr(e))
            raise

async def worker():
    try:
        await Pause()
    except KeyError:
        print("worker handles KeyError")
        return "recovered"

c = worker()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result:", e.value)

async def cleanup():
    try:
        await Pause()
    finally:
        print("finally runs")

c = cleanup()
c.send(None)
c.close()
print("closed")
c = cleanup()
c.send(None)
del c
print("deleted")
