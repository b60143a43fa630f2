import array, sys, gc

# the iterator reads the array's length at every step: changes during the loop are seen
a = array.array('i', [1, 2, 3])
seen = []
for x in a:
    seen.append(x)
    if x == 2:
        a.append(4)
    if len(seen) > 10:
        break
print(seen, a)
b = array.array('h', [1, 2, 3, 4])
out = []
for x in b:
    out.append(x)
    del b[0]
print(out, b)

# iterators hold the array until they are exhausted; reversed() is the generic reversed object
c = array.array('i', [1000000, 2, 3])
it = iter(c)
r = reversed(c)
print(type(it).__name__, type(r).__name__, sys.getrefcount(c), gc.is_tracked(it), gc.is_tracked(r))
print(next(r), next(it), sys.getrefcount(c))
c.pop()
c.pop()
print(list(r), list(it), sys.getrefcount(c))
print(list(reversed(array.array('d', [0.5, 1.5]))), sys.getsizeof(reversed(c)), sys.getsizeof(iter(c)))
print(next(it, 'done'), next(iter(array.array('b')), 'empty'))
# unpacking, enumerate, zip, sum, min, max, sorted work through the iterator
x, y = array.array('f', [0.25, 0.5])
print(x, y, list(enumerate(array.array('B', b'hi'))), list(zip(array.array('i', [1, 2]), 'ab')))
print(sum(array.array('i', range(10))), min(array.array('d', [3.5, -1.0])), max(array.array('Q', [2**64 - 1, 1])), sorted(array.array('b', [3, -3, 0]), reverse=True))
print(list(map(float, array.array('i', [1, 2]))), [v * 2 for v in array.array('h', [1, 2])], any(array.array('i', [0, 0])), all(array.array('i')))
