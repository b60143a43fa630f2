# During a with block the interpreter keeps the bound __exit__ method, which holds the manager.
import sys

class Manager:
    def __enter__(self):
        print("  in __enter__:", sys.getrefcount(self))
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  in __exit__:", sys.getrefcount(self))
        return False

m = Manager()
print("before:", sys.getrefcount(m))
with m:
    print("inside the block:", sys.getrefcount(m))
print("after:", sys.getrefcount(m))
with m as same:
    print("inside, bound with as:", sys.getrefcount(m))
print("after, 'same' still bound:", sys.getrefcount(m))
