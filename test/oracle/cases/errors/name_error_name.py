# NameError.name (3.10+): the name that was missing; None for UnboundLocalError and for one made by hand.
try:
    zz
except NameError as e:
    print(repr(e.name))
def f():
    print(q)
    q = 1
try:
    f()
except NameError as e:
    print(type(e).__name__, repr(e.name))
e2 = NameError('x')
print(repr(e2.name))
e3 = AttributeError('y')
print(repr(e3.name), repr(e3.obj))
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, repr(e.name))
    v = 1
outer()
