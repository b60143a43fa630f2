# A class's own __getattribute__ decides every attribute read (methods, __class__ and __dict__ too); its
# AttributeError falls back to __getattr__; object.__getattribute__ is the normal lookup; type() skips it.
import sys


class Logged:
    def __init__(self):
        self.x = 10

    def __getattribute__(self, name):
        print("get", name, sys.getrefcount(self))
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"default for {name}"

    def double(self):
        return self.x * 2


o = Logged()
print(o.x)
print(o.double())
print(o.nothing)
print(getattr(o, "y", "fallback"), hasattr(o, "x"))
print(o.__class__.__name__, sorted(o.__dict__))


class Sub(Logged):
    pass


print(Sub().double())


class Strict:
    def __getattribute__(self, name):
        raise AttributeError(f"Strict hides {name}")


s = Strict()
for name in ("anything", "__class__", "__dict__"):
    try:
        getattr(s, name)
    except AttributeError as e:
        print("AttributeError:", e)
print(type(s).__name__, hasattr(s, "__init__"))
s.anything
