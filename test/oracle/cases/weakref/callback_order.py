# Callbacks run when the referent dies, newest weakref first; a callback whose weakref died earlier never runs; proxies take part in the order.
import weakref

class Obj:
    pass

def cb(name):
    return lambda ref: print("callback", name)

o = Obj()
r1 = weakref.ref(o, cb("r1"))
r2 = weakref.ref(o, cb("r2"))
r3 = weakref.ref(o, cb("r3"))
plain = weakref.ref(o)
p = weakref.proxy(o, cb("proxy"))
print("refs:", weakref.getweakrefcount(o))
del o
print("---")

o = Obj()
keep = weakref.ref(o, cb("kept"))
weakref.ref(o, cb("dropped at once"))  # this weakref object dies immediately: its callback never runs
gone = weakref.ref(o, cb("deleted before the referent"))
del gone
print("refs after the two died:", weakref.getweakrefcount(o))
del o
print("---")

# A callback that raises is reported and the others still run.
import sys
sys.unraisablehook = lambda u: print("unraisable:", type(u.exc_value).__name__, u.exc_value)
o = Obj()
a = weakref.ref(o, cb("a"))
b = weakref.ref(o, lambda ref: 1 / 0)
c = weakref.ref(o, cb("c"))
del o
