# heapq.merge: a generator that pulls one item at a time from each sorted input, with key and reverse.
import heapq

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge([1, 3], [], [2], [])))
print(list(heapq.merge()), list(heapq.merge([5, 6])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 6, 2], reverse=True)))
print(list(heapq.merge([9, 5, 1], [8, 6, 2], key=lambda x: -x)))
print(list(heapq.merge("ace", "bdf")))

def source(name, items):
    for x in items:
        print("  ", name, "gives", x)
        yield x
    print("  ", name, "done")

m = heapq.merge(source("a", [1, 3, 5]), source("b", [2, 4]))
print(type(m).__name__)
print("first", next(m))
print("second", next(m))
print("rest", list(m))

# equal items: the earlier input first (the order number breaks the tie)
pairs = heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda p: p[0])
print(list(pairs))
try:
    list(heapq.merge([1], 5))
except TypeError as e:
    print("TypeError:", e)
