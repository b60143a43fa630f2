# Closures remember variables of the enclosing call, one cell per variable.
import sys

def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1())
print(c2())
print("cell names:", c1.__code__.co_freevars)

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(3)]

print([f(10) for f in make_multipliers()])
late = [lambda x: x * i for i in range(3)]
print([f(10) for f in late])
payload = ['big']
def outer(p):
    def inner():
        return p
    return inner
keep = [outer(payload), outer(payload)]
print("payload in two cells:", sys.getrefcount(payload))
