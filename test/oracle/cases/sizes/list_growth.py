# sys.getsizeof(list): 56 + 8 bytes per slot; append over-allocates (growth pattern), list(range(n)) and [0] * n are exact, literals and comprehensions are not; shrinking and clear().
import sys

l = []
print("empty:", sys.getsizeof(l))
changes = []
last = sys.getsizeof(l)
for i in range(100):
    l.append(i)
    size = sys.getsizeof(l)
    if size != last:
        changes.append((len(l), (size - 56) // 8))
        last = size
print("(len, capacity) where append grew the list:", changes)
print("literal [1, 2, 3]:", sys.getsizeof([1, 2, 3]))
print("list(range(10)):", sys.getsizeof(list(range(10))))
print("[0] * 10:", sys.getsizeof([0] * 10))
print("comprehension of 10:", sys.getsizeof([i for i in range(10)]))
print("list('abcde'):", sys.getsizeof(list("abcde")))
m = [1, 2, 3]
m.append(4)
print("[1, 2, 3] then append:", sys.getsizeof(m))
m.extend(range(10))
print("then extend by 10:", sys.getsizeof(m))
del m[2:]
print("after del m[2:]:", sys.getsizeof(m))
m.clear()
print("after clear():", sys.getsizeof(m))
m.insert(0, "x")
print("insert into the cleared list:", sys.getsizeof(m))
for keep in (50, 20, 5, 0):
    del l[keep:]
    print(f"100 appended, shrunk to {keep}:", sys.getsizeof(l))
