import array, sys, gc

# the course's comparison: a list holds pointers to int objects, an array holds the C ints themselves
n = 1000
numbers = list(range(100000, 100000 + n))
packed = array.array('i', numbers)
print(sys.getsizeof(numbers), sys.getsizeof(packed))
print(sys.getsizeof(numbers) + sum(sys.getsizeof(x) for x in numbers), sys.getsizeof(packed))
print(sys.getsizeof(array.array('q', numbers)), sys.getsizeof(array.array('h', range(n))), sys.getsizeof(array.array('d', numbers)))
# the ints the list holds are shared; the array's are made on each read
print(sys.getrefcount(numbers[0]), numbers[0] is numbers[0], sys.getrefcount(packed[0]), packed[0] is packed[0])
copy_of_list = numbers[:]
print(sys.getrefcount(numbers[0]))
copy_of_array = packed[:]
print(sys.getsizeof(copy_of_array), copy_of_array == packed)

# allocations the collector counts: each array (a GC object) counts, the ints its reads make do not
gc.collect()
gc.disable()
before = gc.get_count()[0]
kept = [array.array('i', [1, 2]) for _ in range(10)]
print('10 arrays', gc.get_count()[0] - before)
before = gc.get_count()[0]
total = 0
for a in kept:
    for x in a:
        total += x
print('reading items', gc.get_count()[0] - before, total)
before = gc.get_count()[0]
its = [iter(a) for a in kept]
print('10 iterators', gc.get_count()[0] - before)
gc.enable()
