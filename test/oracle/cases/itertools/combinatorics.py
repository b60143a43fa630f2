import itertools, sys

print(list(itertools.product("ab", [1, 2])))
print(list(itertools.product("xy", repeat=2)))
print(list(itertools.product()), list(itertools.product("ab", [])))
print(list(itertools.permutations("abc", 2)))
print(len(list(itertools.permutations(range(5)))), list(itertools.permutations("ab", 3)))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(itertools.combinations(range(3), 0)))

big = ["a big element"]
pool = [big, "other"]
combos = itertools.combinations(pool, 1)
# the pool is copied into a tuple: the element gains one reference
print("pool tuple", sys.getrefcount(big))
first = next(combos)
print("first result", first[0] is big, sys.getrefcount(big))
del first
print("result kept by the iterator", sys.getrefcount(big))
print(list(combos))
del combos
print("iterator gone", sys.getrefcount(big))

for bad in [lambda: itertools.permutations("ab", -1), lambda: itertools.combinations("ab"),
            lambda: itertools.product("ab", repeat=-2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
