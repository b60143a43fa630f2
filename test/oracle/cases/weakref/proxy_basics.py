# weakref.proxy: forwards attribute access, calls and operators to the live object; afterwards every use raises ReferenceError.
import weakref

class Account:
    def __init__(self, owner):
        self.owner = owner
        self.items = [1, 2, 3]
    def total(self):
        return sum(self.items)
    def __len__(self):
        return len(self.items)
    def __call__(self, x):
        return x * 2

acct = Account("ada")
p = weakref.proxy(acct)
print("attribute:", p.owner, "method:", p.total(), "len:", len(p), "call:", p(21))
print("type:", type(p).__name__, "is callable proxy:", type(p) is weakref.CallableProxyType)
class Plain:
    def __str__(self):
        return "plain object"
plain = Plain()
print("non-callable object proxy:", type(weakref.proxy(plain)).__name__, str(weakref.proxy(plain)))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
p.owner = "grace"
print("setattr through the proxy:", acct.owner)
print("same proxy returned again:", weakref.proxy(acct) is p, "weakref count:", weakref.getweakrefcount(acct))
del acct
for action in (lambda: p.owner, lambda: p.total(), lambda: len(p), lambda: p(1)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    weakref.proxy(p)
except TypeError as e:
    print("TypeError:", e)
