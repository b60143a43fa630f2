# Subclasses of weakref.ref (test_weakref's subclass tests): extra attributes, overridden __call__, never shared with plain refs, listed after them.
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)
    def __call__(self):
        self.called = True
        return super().__call__()

o = Obj("foo")
mr = MyRef(o, value=24)
print("mr() is o:", mr() is o, "called:", mr.called, "value:", mr.value)
plain = weakref.ref(o)
print("plain ref is a different object:", plain is not mr)
print("getweakrefs order: plain first:", weakref.getweakrefs(o)[0] is plain, weakref.getweakrefcount(o))
mr2 = MyRef(o)
print("a second subclass ref is new:", mr2 is not mr, weakref.getweakrefcount(o))
print("isinstance:", isinstance(mr, weakref.ref), type(mr).__name__)

class SlotRef(weakref.ref):
    __slots__ = ("label",)
    def __new__(cls, ob, label):
        return super().__new__(cls, ob)
    def __init__(self, ob, label):
        super().__init__(ob)
        self.label = label

sr = SlotRef(o, "slotted")
print("slots ref:", sr.label, sr().name, hasattr(sr, "__dict__"))
del o
print("after death:", mr(), sr(), plain())
