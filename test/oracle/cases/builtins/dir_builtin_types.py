# dir() of objects of the built-in types lists what CPython's type dicts hold, slot wrappers and all
# (int.__floor__, list.__class_getitem__), so exploring an object with dir() prints what CPython prints.
print(dir(5))
print(dir([]))
print(dir("s") == sorted(dir(str)))
print(dir({}))
print(dir(object()))


class P:
    def m(self):
        pass


p = P()
p.x = 1
print(dir(p))
print(dir(P))
print(len(dir(int)), len(dir(list)), len(dir(dict)), len(dir(type)), len(dir(range(3))), len(dir(3.5)), len(dir(None)))
print(dir(True))
print(dir(b''))
print(dir((1,)), dir(set()), dir(frozenset()))


class L(list):
    pass


print(dir(L()) == sorted(set(dir([])) | {'__dict__', '__module__', '__weakref__'}))
print([n for n in dir(1.5) if not n.startswith('_')], [n for n in dir(1j) if not n.startswith('_')])
