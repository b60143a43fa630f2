# f(**mapping): the keyword names are the mapping's own str objects, not copies: the callee's **kwargs
# dict, dict(**m), dict.update(**m) and a class's __init__ hold those very keys. While the call runs the
# key is held by the call's copy of the mapping and the kwnames tuple too (3.11; 3.12+ a Python function's
# frame takes the arguments and lets both go, a bound method's call keeps them).
import sys
from collections import defaultdict

key = ''.join(['not an', ' identifier'])
other = ''.join(['plain', 'name'])
d = {key: 1, other: 2}
print(sys.getrefcount(key))

def f(**kw):
    return [k is key or k is other for k in kw], sys.getrefcount(key)
print(f(**d))

def g(a=0, **kw):
    return sys.getrefcount(key), list(kw)[0] is key
print(g(**d))

class C:
    def __init__(self, **kw):
        self.kw = kw
    def method(self, **kw):
        return sys.getrefcount(key)
c = C(**d)
print(list(c.kw)[0] is key, sys.getrefcount(key))
print(c.method(**d))
del c
print(list(dict(**d))[1] is other, sys.getrefcount(key))
u = {}
u.update(**d)
print(list(u)[0] is key, sys.getrefcount(key))
dd = defaultdict(int, **d)
print(list(dd)[0] is key, sys.getrefcount(key))
del u, dd
print(sys.getrefcount(key))

class Mapping:
    def keys(self):
        return [other]
    def __getitem__(self, name):
        return 5
print(list(f(**Mapping())[0]))
temp = f(**{''.join(['x', 'y z']): 0})
print(temp)
