import array, sys, gc

# items are stored as raw C values: every read makes a new int or float object
a = array.array('i', [1000000, 2000000])
print(sys.getrefcount(a), sys.getrefcount(a[0]), a[0] is a[0], a[0] == a[0])
x = a[0]
y = a[0]
print(sys.getrefcount(x), x is y, x == y)
d = array.array('d', [1.5, 2.5])
f = d[1]
print(sys.getrefcount(f), d[1] is f, sys.getrefcount(d[0]))
L = [1000000, 2000000]
print(sys.getrefcount(L[0]), L[0] is L[0])

# what the array hands out: popped items, lists, iterators
p = a.pop()
print(sys.getrefcount(p), p)
t = a.tolist()
print(sys.getrefcount(t), sys.getrefcount(t[0]))
b = array.array('i', [1000000, 2000000, 3000000])
it = iter(b)
print(sys.getrefcount(b))
first = next(it)
print(sys.getrefcount(first), sys.getrefcount(b))
print(list(it), sys.getrefcount(b))
it2 = iter(b)
del b
print(sys.getrefcount(it2), list(it2))
for v in array.array('i', [7000000]):
    print(sys.getrefcount(v))

# the array object itself: names, containers, slices are copies
c = array.array('d', [0.5])
alias = c
holder = [c, c]
print(sys.getrefcount(c))
del alias, holder
print(sys.getrefcount(c))
s = c[:]
print(s is c, sys.getrefcount(c), sys.getrefcount(s))
c2 = c
c2 += array.array('d', [1.0])
print(c2 is c, sys.getrefcount(c))

# the collector: arrays are tracked (they have tp_traverse, for their heap type), items are not objects
gc.collect()
print(gc.is_tracked(c), gc.is_tracked(array.array('i')), gc.is_tracked(iter(c)), gc.get_referents(c))
print(len(gc.get_referents(array.array('i', [1, 2, 3]))))
