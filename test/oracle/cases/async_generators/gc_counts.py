# The collector's allocation count around async generator steps: __anext__() awaitables and the
# wrappers around yielded values come from free lists once some were freed (they then no longer move
# gc.get_count()[0], nor does freeing them), and a full collection empties those free lists.
import gc

async def numbers(n):
    for i in range(n):
        yield i

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

def count():
    return gc.get_count()[0]

gc.disable()
gc.collect()
g = numbers(100)
# A first step (the first slot-wrapper call after a collection allocates an argument tuple of its own).
drive(g.__anext__())
start = count()
pending = [g.__anext__() for _ in range(5)]
print("5 awaitables (the first from the free list) and their list:", count() - start)
print([drive(aw) for aw in pending])
before = count()
del pending
print("freed into the free lists:", count() - before)
before = count()
pending = [g.__anext__() for _ in range(5)]
print("5 reused awaitables and their list:", count() - before)
print([drive(aw) for aw in pending])
del pending
gc.collect()
drive(g.__anext__())
before = count()
pending = [g.__anext__() for _ in range(3)]
print("after a full collection and one step, 3 awaitables and their list:", count() - before)
print([drive(aw) for aw in pending])
