# The references heapq's C functions take and hand over: a list slot per pushed item, the popped item
# handed to the caller, and the temporary references C holds on both items while it compares them.
import heapq, sys

class Item:
    def __init__(self, rank):
        self.rank = rank
    def __lt__(self, other):
        # self and other: C's temporary reference, the list slot, the call's argument, getrefcount's own
        print("  lt", self.rank, other.rank, sys.getrefcount(self), sys.getrefcount(other))
        return self.rank < other.rank

a, b, c = Item(3), Item(1), Item(2)
h = []
print("before", sys.getrefcount(a), sys.getrefcount(h))
heapq.heappush(h, a)
print("pushed a", sys.getrefcount(a))
heapq.heappush(h, b)
print("pushed b", sys.getrefcount(a), sys.getrefcount(b))
heapq.heappush(h, c)
print("pushed c", sys.getrefcount(c), sys.getrefcount(h))

top = heapq.heappop(h)
print("popped", top.rank, sys.getrefcount(top), sys.getrefcount(b))
del top
print("dropped", sys.getrefcount(b))

d = Item(5)
old = heapq.heapreplace(h, d)
print("replaced", old.rank, sys.getrefcount(old), sys.getrefcount(d))
same = heapq.heappushpop(h, Item(0))
print("pushpop returned its item", same.rank, sys.getrefcount(same))
e = Item(9)
out = heapq.heappushpop(h, e)
print("pushpop returned the top", out.rank, sys.getrefcount(out), sys.getrefcount(e))

h2 = [Item(r) for r in (4, 6, 5)]
first = h2[0]
heapq.heapify(h2)
print("heapify", sys.getrefcount(first))
last = heapq.heappop(h2)
print("last ones", sys.getrefcount(last), len(h2))
while h2:
    x = heapq.heappop(h2)
print("emptied", sys.getrefcount(x), sys.getrefcount(h2))
