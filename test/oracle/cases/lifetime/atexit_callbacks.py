# atexit: callbacks run at exit, last registered first, with the arguments given to register(); unregister()
# removes every entry of a function; an exception in one is unraisable (sys.unraisablehook gets "in atexit
# callback" and the function, 3.13 the function in err_msg); the arguments are held until exit (a reference each).
import atexit
import sys

def bye(name, punct="!"):
    print("bye", name + punct)

def boom():
    raise ValueError("in atexit")

def hook(args):
    print("unraisable:", args.err_msg.split(" <")[0], args.exc_type.__name__, args.exc_value, args.object is boom or args.object)

sys.unraisablehook = hook
r = atexit.register(bye, "Ada", punct="?")
print(r is bye)
atexit.register(boom)
atexit.register(print, "registered last, runs first")
atexit.register(bye, "twice")
atexit.unregister(bye)
atexit.register(bye, "again")
try:
    atexit.register(42)
except TypeError as e:
    print(e)
data = [1, 2]
before = sys.getrefcount(data)
atexit.register(print, "data:", data)
print(sys.getrefcount(data) - before)
del data
print("end of module")
