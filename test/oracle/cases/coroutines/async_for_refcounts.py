import sys

class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def walk(c):
    async for v in c:
        print(v, sys.getrefcount(c))
    print("after", sys.getrefcount(c))
    async for v in c:
        pass
    async for v in Counter(2):
        if v == 0:
            1 / 0

c = Counter(2)
print(sys.getrefcount(c))
try:
    walk(c).send(None)
except StopIteration:
    pass
