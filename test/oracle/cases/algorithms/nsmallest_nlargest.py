# nsmallest and nlargest (Python in heapq.py, over the C heap functions): their shortcuts (min/max
# for n == 1, sorted() when n covers the input), keys, stability, and the comparisons they make.
import heapq

data = [7, 2, 9, 4, 2, 8, 1, 6]
for n in (0, 1, 2, 3, 8, 20, -1):
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
print(heapq.nsmallest(3, iter(data)), heapq.nlargest(3, iter(data)))
print(heapq.nsmallest(2, (x * x for x in range(-4, 4))))
words = ["kiwi", "fig", "banana", "apple", "plum", "date"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(2, iter(words), key=len), heapq.nlargest(2, iter(words), key=len))
print(heapq.nlargest(1, words, key=len), heapq.nsmallest(1, [], key=len), heapq.nsmallest(1, iter([])))
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
print(heapq.nsmallest(3, iter(people), key=lambda p: p[1]))
print(heapq.nlargest(3, iter(people), key=lambda p: p[1]))

log = []
class V:
    def __init__(self, name, v):
        self.name, self.v = name, v
    def __lt__(self, other):
        log.append(self.name + "<" + other.name)
        return self.v < other.v
    def __eq__(self, other):
        log.append(self.name + "==" + other.name)
        return self.v == other.v
    def __repr__(self):
        return self.name
vs = [V(n, v) for n, v in zip("abcdefg", [5, 3, 5, 1, 4, 1, 2])]
print(heapq.nsmallest(3, iter(vs)), " ".join(log))
log.clear()
print(heapq.nlargest(2, iter(vs)), " ".join(log))
log.clear()
print(heapq.nsmallest(2, vs, key=lambda v: v.v), " ".join(log))
log.clear()
try:
    heapq.nsmallest("2", data)
except TypeError as e:
    print("TypeError:", e)
