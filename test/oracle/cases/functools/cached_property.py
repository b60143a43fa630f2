import functools

class Circle:
    def __init__(self, radius):
        self.radius = radius

    @functools.cached_property
    def area(self):
        print("computing the area")
        return 3 * self.radius ** 2

c = Circle(10)
print("area" in c.__dict__)
print(c.area, c.area)
print("area" in c.__dict__, c.__dict__["area"])
del c.area
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname)

class Cached:
    @functools.lru_cache(maxsize=None)
    def double(self, n):
        print("doubling", n)
        return 2 * n

obj = Cached()
print(obj.double(4), obj.double(4), Cached.double.cache_info().hits)
