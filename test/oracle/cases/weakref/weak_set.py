# WeakSet: membership without ownership; members vanish when they die, as len() and set algebra show; a leftover loop variable is a strong reference too.
import weakref

class Listener:
    def __init__(self, name):
        self.name = name

listeners = weakref.WeakSet()
a, b, c = Listener("a"), Listener("b"), Listener("c")
for x in (a, b, c, a):
    listeners.add(x)
print("len:", len(listeners), "a in set:", a in listeners)
print("members:", sorted(l.name for l in listeners))
del b
print("after del b:", len(listeners), sorted(l.name for l in listeners))
others = weakref.WeakSet([a])
print("difference:", sorted(l.name for l in listeners - others), "issubset:", others <= listeners)
listeners.discard(c)
print("after discard(c):", len(listeners))
listeners.add(Listener("temporary"))  # no other reference: gone at once
print("after adding a temporary:", len(listeners))
print("'text' in set:", "text" in listeners)
try:
    listeners.add(5)
except TypeError as e:
    print("TypeError:", e)
del a
print("after del a (the loop variable x still holds it):", len(listeners), bool(listeners))
del x
print("after del x:", len(listeners), bool(listeners))
