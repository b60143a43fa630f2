import array, sys

print(sys.getsizeof(array.array('i')), sys.getsizeof(array.array('d')), sys.getsizeof(array.array('b')))
# constructed from a list: exactly its length
for n in (0, 1, 5, 100):
    print(n, sys.getsizeof(list(range(n))), sys.getsizeof(array.array('i', range(n))), sys.getsizeof(array.array('i', list(range(n)))), sys.getsizeof(array.array('d', [0.0] * n)))
# append over-allocates: 0, 4, 8, 16, 25, 34, 46 ...
a = array.array('i')
seen = []
for i in range(200):
    a.append(i)
    size = sys.getsizeof(a)
    if not seen or seen[-1][1] != size:
        seen.append((len(a), size))
print(seen)
print(sys.getsizeof(list(range(1000))), sys.getsizeof(array.array('b', range(100)) * 10), sys.getsizeof(array.array('q', range(1000))))
# shrinking: realloc only once 16 fewer items than the length
while len(a) > 150:
    a.pop()
print(len(a), sys.getsizeof(a))
a.pop()
print(len(a), sys.getsizeof(a))
del a[10:]
print(len(a), sys.getsizeof(a))
del a[:]
print(len(a), sys.getsizeof(a))
# frombytes, extend, fromlist, slices, repeats
b = array.array('h', b'abcd')
print(sys.getsizeof(b))
b.frombytes(b'xy' * 10)
print(len(b), sys.getsizeof(b))
b.extend(array.array('h', [1] * 3))
print(len(b), sys.getsizeof(b))
b.extend([1, 2, 3])
print(len(b), sys.getsizeof(b))
b.fromlist([4, 5])
print(len(b), sys.getsizeof(b))
print(sys.getsizeof(b[:]), sys.getsizeof(b[::2]), sys.getsizeof(b + b), sys.getsizeof(b * 3))
b *= 3
print(len(b), sys.getsizeof(b))
b[0:1] = array.array('h', range(40))
print(len(b), sys.getsizeof(b))
b[:] = array.array('h', [1])
print(len(b), sys.getsizeof(b))
c = array.array('i', range(3))
c.insert(0, 9)
print(sys.getsizeof(c), sys.getsizeof(array.array('i', c)), sys.getsizeof(array.array('i', iter([1, 2]))))
print(sys.getsizeof(iter(c)), sys.getsizeof(memoryview(c)), sys.getsizeof(c.tolist()), sys.getsizeof(c.tobytes()))
