# A bound method object holds a reference to the instance (and to the function).
import sys

class Greeter:
    def hello(self):
        return 'hello'

g = Greeter()
print("instance:", sys.getrefcount(g))
m = g.hello
print("one bound method:", sys.getrefcount(g))
m2 = g.hello
print("two bound methods:", sys.getrefcount(g))
print("same bound object?", m is m2, "equal?", m == m2)
print("call:", m())
del m, m2
print("methods deleted:", sys.getrefcount(g))
print("temporary bound method:", g.hello(), sys.getrefcount(g))
