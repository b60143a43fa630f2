# Checks the references except* takes and drops: the leaves while a clause holds its part, after
# it, while a kept part keeps the tree's traceback (and its frames) alive, and what the collector
# finds once the parts are gone; a bare `raise` in a clause re-raises the part in place.
import gc
import sys

gc.disable()


class Leaf(Exception):
    pass


leaves = [Leaf("a"), ValueError("b"), TypeError("c")]


def fail():
    raise ExceptionGroup("g", [leaves[0], ExceptionGroup("inner", [leaves[1]]), leaves[2]])


def counts():
    return [sys.getrefcount(x) for x in leaves]


print(counts())
try:
    fail()
except* Leaf as eg:
    print("leaf", sys.getrefcount(eg), counts())
except* ValueError as eg:
    print("value", sys.getrefcount(eg), counts())
    kept = eg
except* TypeError:
    print("type", counts())
print(counts(), sys.getrefcount(kept))
del kept
print(counts(), gc.collect(), counts())

try:
    try:
        fail()
    except* ValueError:
        raise
except ExceptionGroup as e:
    print(repr(e), e.__traceback__.tb_lineno, counts())
    saved = e
print(sys.getrefcount(saved))
del saved
print(gc.collect(), counts())
