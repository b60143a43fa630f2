# PriorityQueue keeps a heap (heapq.heappush/heappop): its list is in heap order, items of equal priority
# do not come out in insertion order, and Queue's list is a deque. Items that cannot be compared raise in
# put(), through queue.py's put and _put.
import queue
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


pq = queue.PriorityQueue()
for i, p in enumerate([2, 1, 2, 1, 3, 2, 1, 2]):
    pq.put(Job(p, f"job{i}"))
print([pq.get().name for _ in range(8)])
numbers = queue.PriorityQueue()
for x in [5, 3, 8, 1, 9, 2]:
    numbers.put(x)
print(numbers.queue)
fifo = queue.Queue()
for x in "abc":
    fifo.put(x)
print(fifo.queue)
print(queue.Queue[int], queue.SimpleQueue[str])
bad = queue.PriorityQueue()
bad.put(object())
bad.put(object())
