# sys.getsizeof of callables and other runtime objects: functions, lambdas, bound methods, generators, cells, iterators, descriptors (function size differs by version).
import sys

def f(a, b=1):
    return a + b

class C:
    def m(self):
        return 1

def gen():
    yield 1

def outer():
    x = 1
    def inner():
        return x
    return inner

print("function:", sys.getsizeof(f), "lambda:", sys.getsizeof(lambda: 0))
print("bound method:", sys.getsizeof(C().m), "builtin function:", sys.getsizeof(len))
print("generator:", sys.getsizeof(gen()))
print("cell:", sys.getsizeof(outer().__closure__[0]))
print("range:", sys.getsizeof(range(3)), "slice:", sys.getsizeof(slice(3)))
print("list iterator:", sys.getsizeof(iter([])), "enumerate:", sys.getsizeof(enumerate([])))
print("property:", sys.getsizeof(property()), "staticmethod:", sys.getsizeof(staticmethod(f)))
print("exception:", sys.getsizeof(ValueError("x")))
