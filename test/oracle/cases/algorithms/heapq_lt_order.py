# The comparisons heapq's C code makes, in its order, seen by a class's __lt__.
import heapq

calls = []
class Job:
    def __init__(self, name, rank):
        self.name, self.rank = name, rank
    def __lt__(self, other):
        calls.append((self.name, other.name))
        return self.rank < other.rank
    def __repr__(self):
        return self.name

def show(label):
    print(label, " ".join(a + "<" + b for a, b in calls))
    calls.clear()

h = []
for name, rank in [("e", 5), ("c", 3), ("h", 8), ("a", 1), ("i", 9), ("b", 2)]:
    heapq.heappush(h, Job(name, rank))
show("push")
print(h)
print(heapq.heappop(h)); show("pop")
print(heapq.heapreplace(h, Job("d", 4))); show("replace")
print(heapq.heappushpop(h, Job("z", 0))); show("pushpop kept out")
print(heapq.heappushpop(h, Job("f", 6))); show("pushpop taken")
jobs = [Job(n, r) for n, r in zip("qwertyuiop", [7, 3, 9, 1, 8, 2, 6, 0, 5, 4])]
heapq.heapify(jobs); show("heapify")
print(jobs)
heapq._heapify_max(jobs); show("heapify max")
print(jobs)

# Past 2500 items heapify visits the nodes in a cache-friendly order: the same comparisons, another order.
big = [Job(str(i), (i * 7919) % 3001) for i in range(3001)]
heapq.heapify(big)
print("big heapify", len(calls), sum((i + 1) * (int(a) - int(b)) for i, (a, b) in enumerate(calls)) % 1000003)
calls.clear()
small = big[:2500]
heapq.heapify(small)
print("2500 heapify", len(calls))
calls.clear()

# __lt__ returning something that is not a bool: its truth decides
class Loose:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return "yes" if self.v < other.v else ""
    def __repr__(self):
        return "L%d" % self.v
loose = [Loose(3), Loose(1), Loose(2)]
heapq.heapify(loose)
print(loose)
