# The repr of weak references and proxies: the referent's type and address, its __name__ when it has
# one, "dead" once it died (addresses replaced by names here, as they differ from run to run).
import weakref


class A:
    pass


class Named:
    __name__ = 'custom'


def f():
    pass


a = A()
n = Named()
refs = {'a': a, 'n': n, 'f': f, 'A': A, 'weakref': weakref}
for label, obj in refs.items():
    r = weakref.ref(obj)
    print(label, repr(r).replace(hex(id(r)), 'REF').replace(hex(id(obj)), 'OBJ'))
del refs
r = weakref.ref(a)
p = weakref.proxy(a)
print(repr(p).replace(hex(id(p)), 'PROXY').replace(hex(id(a)), 'OBJ'), str(r) == repr(r))
d = weakref.WeakKeyDictionary({a: 1})
print([repr(k).replace(hex(id(k)), 'REF').replace(hex(id(a)), 'OBJ') for k in d.data])
del a, d
print(repr(r).replace(hex(id(r)), 'REF'))
print(repr(p).replace(hex(id(p)), 'PROXY').replace(hex(id(None)), 'NONE'))
