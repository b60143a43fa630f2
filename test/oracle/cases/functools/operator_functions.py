import operator, functools

print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(5), operator.truediv(7, 2))
print(operator.sub(10, 4), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.lt(1, 2), operator.eq("a", "a"), operator.not_([]), operator.truth([0]))
print(operator.getitem({"k": 1}, "k"), operator.contains([1, 2], 2), operator.concat([1], [2]))
print(operator.add, operator.and_(6, 3), operator.abs(-4), operator.index(7), operator.is_(None, None))
print(functools.reduce(operator.mul, range(1, 6)))

people = [("ann", 31, "lyon"), ("bob", 25, "paris"), ("cy", 31, "nice")]
print(sorted(people, key=operator.itemgetter(1, 0)))
print(list(map(operator.itemgetter(0), people)))
getter = operator.itemgetter(2, 0)
print(repr(getter), getter(people[0]))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def scaled(self, k, shift=0):
        return Point(self.x * k + shift, self.y * k + shift)

p = Point(1, 2)
print(operator.attrgetter("x")(p), operator.attrgetter("x", "y")(p))
scale = operator.methodcaller("scaled", 3, shift=1)
print(repr(scale), operator.attrgetter("x", "y")(scale(p)))
print(repr(operator.attrgetter("x", "y")), type(scale))
nums = [5, 3]
operator.setitem(nums, 0, 9)
operator.delitem(nums, 1)
print(nums, operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
for call in [lambda: operator.add(1), lambda: operator.neg(), lambda: operator.itemgetter()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
operator.add(1, "one")
