# What a collection finds in cycles through exceptions: an exception's attributes live in a dict of
# its own (one more object), a raised exception's traceback is collected with it, and so is the frame
# object of a finished function (a frame object is tracked only once it owns its finished frame).
# Assigning `args` replaces the exception's args tuple (not its __dict__).
import gc
import sys


def garbage_after(make):
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    make()
    found = gc.collect()
    kinds = [type(o).__name__ for o in gc.garbage]
    gc.set_debug(0)
    gc.garbage.clear()
    return found, kinds


def attribute_cycle():
    e = ValueError("x")
    e.me = e


def args_cycle():
    e = KeyError()
    e.args = (e,)


def raised_in_function():
    try:
        raise TypeError
    except TypeError as e:
        e.args = (e,)


class Custom(Exception):
    pass


def subclass_cycle():
    c = Custom()
    c.me = c


for make in (attribute_cycle, args_cycle, raised_in_function, subclass_cycle):
    print(make.__name__, garbage_after(make))

e = ValueError(1)
e.args = [2, 3]
print("args set:", e.args, e.__dict__)
print("running frame tracked:", gc.is_tracked(sys._getframe()))


def finished():
    return sys._getframe()


print("finished frame tracked:", gc.is_tracked(finished()))
