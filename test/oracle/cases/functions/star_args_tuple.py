# f(*args) and f(**kw): CALL_FUNCTION_EX. 3.11 keeps the argument tuple (a list is turned into
# one at once) and the keyword dict on the caller's stack for the whole call, and a function
# called with keywords holds one more reference to each argument meanwhile; 3.12+ releases the
# tuple and the dict once the function's frame holds the arguments.
import sys

class A:
    pass

x = A()
args = (x, "two words")
kw = {"b": x}

def f(a, b):
    return sys.getrefcount(a), sys.getrefcount(args), sys.getrefcount(kw)

def g():
    rv = (1,)
    return f(x, *rv)

def h(*a, **k):
    return sys.getrefcount(x), len(a), sorted(k)

class M:
    def m(self, a, b):
        return sys.getrefcount(a)

print(f(x, 1), f(*(x, 1)), g())
print(f(*args), f(x, **kw), f(*[x], **kw), f(*(x,), b=1))
print(h(*args), h(**kw), h(*args, **kw), h(x, *args))
print(M().m(*args), M().m(*[x, 1]), M().m(x, **kw))
print(sys.getrefcount(x), sys.getrefcount(args), sys.getrefcount(kw))
