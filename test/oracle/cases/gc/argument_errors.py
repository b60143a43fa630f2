# The gc, sys and _weakref functions check their arguments as CPython's calling conventions do:
# METH_NOARGS and METH_O name the function with its module and refuse keywords; Argument Clinic's
# parser words the errors of collect(), get_objects() and getsizeof(); METH_VARARGS refuses keywords.
import sys, gc, weakref
calls = ["gc.isenabled(1)", "gc.enable(1)", "gc.get_count(1)", "gc.is_tracked()", "gc.is_tracked(obj=1)", "gc.set_debug(flags=0)",
         "gc.freeze(1)", "gc.get_threshold(x=1)", "gc.collect(1, 2)", "gc.collect(1, generation=2)", "gc.collect(x=1)",
         "gc.get_objects(1, 2)", "gc.get_objects(x=1)", "gc.get_referrers(x=1)", "gc.get_referents(x=1)", "gc.set_threshold(x=1)",
         "sys.getrefcount()", "sys.getrefcount(1, 2)", "sys.getrefcount(object=1)", "sys.intern()", "sys.intern(string='a')",
         "sys.exc_info(1)", "sys.getrecursionlimit(1)", "sys.getsizeof()", "sys.getsizeof(1, 2, 3)", "sys.getsizeof(x=1)",
         "sys.getsizeof(1, x=2)", "weakref.getweakrefcount()", "weakref.getweakrefs(object=1)"]
for call in calls:
    try:
        eval(call)
        print(call, "-> ok")
    except TypeError as e:
        print(call, "TypeError:", e)
print(sys.getsizeof(object=[]) == sys.getsizeof([]), sys.getsizeof([], default=5) == sys.getsizeof([]), gc.collect(generation=0) >= 0)
