# A function's code object: its parameters and locals, names, flags, and the cells of a closure.
import sys

def f(a, b=[], /, c=2, *args, d, e=5, **kw):
    x = len(a) + sys.maxsize
    y = b.append(x)
    return print(x, y, z)

def g():
    n = 0
    def h():
        nonlocal n
        n += 1
        return n
    return h

def gen():
    yield 1

class C:
    def m(self):
        return self.value + other.attr

for fn in (f, g, g(), gen, C.m, lambda q: q * 2):
    c = fn.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_flags)
    print("  ", c.co_varnames, c.co_names, c.co_cellvars, c.co_freevars, c.co_firstlineno)
print(f.__defaults__, f.__kwdefaults__, g.__closure__)
counter = g()
counter()
cell = counter.__closure__[0]
print(type(cell).__name__, cell.cell_contents, counter(), cell.cell_contents)
