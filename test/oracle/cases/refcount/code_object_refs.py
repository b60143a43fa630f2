# Who holds a function's code object: the function (__code__), each running frame (f_code), and a
# generator: 3.11's gi_code besides its frame's, 3.12+ only the frame's, kept after it finishes.
import sys

def f():
    return sys.getrefcount(f.__code__)

base = sys.getrefcount(f.__code__)
print("running frame:", f() - base)

def g():
    yield sys.getrefcount(g.__code__) - gbase
    yield 0

gbase = sys.getrefcount(g.__code__)
it = g()
print("new generator:", sys.getrefcount(g.__code__) - gbase)
print("inside it:", next(it))
print("exhausted:", list(it), sys.getrefcount(g.__code__) - gbase)
del it
print("freed:", sys.getrefcount(g.__code__) - gbase)
