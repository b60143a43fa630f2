import sys

class Suspend:
    """An awaitable that suspends its awaiter once, handing out a value."""
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return f"{self.label} resumed with {got}"

async def leaf(n):
    r = await Suspend(f"leaf{n}")
    print("leaf got:", r)
    return n * 10

async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return a + b

coro = middle()
print(coro.cr_await)
out = coro.send(None)
print("yielded", out)
print(type(coro.cr_await).__name__, coro.cr_suspended)
out = coro.send("x")
print("yielded", out)
try:
    coro.send("y")
except StopIteration as e:
    print("done", e.value)
print(coro.cr_frame, coro.cr_await, coro.cr_suspended)
try:
    coro.send(None)
except RuntimeError as e:
    print("again:", e)

async def add(a, b):
    return a + b

async def main():
    total = 0
    for i in range(3):
        total += await add(i, i)
    return total

try:
    main().send(None)
except StopIteration as e:
    print("main", e.value)
