# weakref.ref: calling it gives the object while alive and None after; a weakref does not change the refcount; refs without callback are shared.
import sys
import weakref

class Thing:
    def __init__(self, name):
        self.name = name

t = Thing("lamp")
before = sys.getrefcount(t)
r = weakref.ref(t)
print("refcount unchanged by a weakref:", sys.getrefcount(t) == before)
print("r() is t:", r() is t, r().name)
print("same ref object returned again:", weakref.ref(t) is r)
r2 = weakref.ref(t, lambda ref: print("callback got r2:", ref is r2, "and ref() is", ref()))
print("with a callback, a new ref:", r2 is not r)
print("getweakrefcount:", weakref.getweakrefcount(t))
print("getweakrefs is r, is r2:", [(w is r, w is r2) for w in weakref.getweakrefs(t)])
print("type:", type(r).__name__, type(r) is weakref.ReferenceType, r.__callback__, r2.__callback__ is not None)
del t  # last strong reference: freed at once
print("after del: r() is None:", r() is None, "r2() is None:", r2() is None)
print("bool(r) is still True:", bool(r))
print("getweakrefcount(42):", weakref.getweakrefcount(42), weakref.getweakrefs(42))
