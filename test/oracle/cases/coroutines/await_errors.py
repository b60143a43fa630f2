class NotAwaitable:
    pass

class BadAwait:
    def __await__(self):
        return 42

async def inner():
    return 1

class ReturnsCoro:
    def __await__(self):
        return inner()

async def use(x):
    return await x

for obj in [NotAwaitable(), BadAwait(), ReturnsCoro(), 5]:
    c = use(obj)
    try:
        c.send(None)
    except TypeError as e:
        print(type(e).__name__, e)

async def boom():
    raise ValueError("bad")

async def catcher():
    try:
        await boom()
    except ValueError as e:
        return f"caught {e}"

try:
    catcher().send(None)
except StopIteration as e:
    print(e.value)

async def stops():
    raise StopIteration(3)

try:
    stops().send(None)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

def gen():
    yield from inner()

try:
    next(gen())
except TypeError as e:
    print(e)

class Pause:
    def __await__(self):
        yield "paused"

async def twice(c):
    return await c

shared = twice(Pause())
first = shared.send(None)
print(first)
try:
    twice(shared).send(None)
except RuntimeError as e:
    print(e)
shared.close()
print(shared.cr_frame)
