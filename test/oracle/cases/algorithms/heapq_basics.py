# heapq's C functions on plain values: the list's order after each operation, and its allocation
# (PyList_Append grows it as append does; heappop cuts the last slot, emptying frees the item array).
import heapq, sys

h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
    print("push", v, h, sys.getsizeof(h))
print("popped", [heapq.heappop(h) for _ in range(3)], h, sys.getsizeof(h))
print("replace", heapq.heapreplace(h, 6), h)
print("pushpop small", heapq.heappushpop(h, 0), h)
print("pushpop big", heapq.heappushpop(h, 10), h)
while h:
    heapq.heappop(h)
print("empty", h, sys.getsizeof(h))

data = [9, 4, 7, 1, 0, 3, 8, 2, 6, 5]
heapq.heapify(data)
print("heapify", data)
words = ["pear", "fig", "apple", "kiwi", "banana"]
heapq.heapify(words)
print([heapq.heappop(words) for _ in range(len(words))])

# a priority queue of (priority, task) tuples: ties compare the task
tasks = []
for priority, task in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "review")]:
    heapq.heappush(tasks, (priority, task))
while tasks:
    print(heapq.heappop(tasks))

# the max-heap helpers nsmallest uses
m = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(m)
print("max-heap", m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)

print(heapq.heappush, heapq.heappop.__module__, heapq.nsmallest.__module__, heapq.__all__)
print(heapq.heappush(h, 1), heapq.heapify(h))
