# id() after a free: CPython gives the memory of a freed object to the next object of its size (a free
# list's for lists, dicts, tuples and floats, else the small-object allocator's last freed block), so an
# id can repeat once its object is gone; objects alive at the same time never share one.
n = 7

print("[] twice:", id([]) == id([]))
print("{} twice:", id({}) == id({}))
print("object() twice:", id(object()) == id(object()))

a = [1, 2, 3]
address = id(a)
del a
b = ["x"]
print("b took a's place:", id(b) == address)

first, second = [1], [2]
one, two = id(first), id(second)
del first, second
third, fourth = [3], [4]
print("last freed, first reused:", id(third) == two, id(fourth) == one)

x = n * 1.5
i = id(x)
del x
y = n * 2.5
print("float free list:", id(y) == i)

t = (n, n + 1)
i = id(t)
del t
u = (n + 2, n + 3)
print("tuple of 2 reuses a tuple of 2:", id(u) == i)
v = (n, n, n)
print("tuple of 3 does not:", id(v) == i)

s = str(n) * 40
i = id(s)
del s
print("str of the same size:", id(str(n + 1) * 40) == i)

big = n * 10**12
i = id(big)
del big
other = n * 10**13
print("int of the same size:", id(other) == i)

print("ids seen in a loop:", len({id(object()) for _ in range(10)}))

kept = [object() for _ in range(100)]
print("live objects, distinct ids:", len({id(o) for o in kept}))
print("hash is id >> 4:", all(hash(o) == id(o) >> 4 for o in kept))

fs = [n * 0.5 + k for k in range(150)]
ids = [id(f) for f in fs]
del fs
z = n * 7.5
print("the float free list keeps 100:", ids.index(id(z)))
