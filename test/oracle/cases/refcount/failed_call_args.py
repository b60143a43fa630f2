# A built-in call that raises releases its arguments as CPython's CALL does (the frame's locals keep theirs).
import sys


class Item:
    pass


def attempt(label, call, value, item):
    try:
        call(value, item)
    except (TypeError, KeyError, ValueError) as e:
        print(label, type(e).__name__)
    print(label, sys.getrefcount(value), sys.getrefcount(item))


for label, call in [
    ("dict.setdefault", lambda v, i: {}.setdefault(v, i)),
    ("dict.get", lambda v, i: {}.get(v, i)),
    ("dict.pop", lambda v, i: {}.pop(v, i)),
    ("hash", lambda v, i: hash(v)),
    ("list.index", lambda v, i: [].index(v)),
    ("list.remove", lambda v, i: [i].remove(v)),
    ("set.add", lambda v, i: set().add(v)),
    ("frozenset", lambda v, i: frozenset([v, i])),
]:
    attempt(label, call, [1, 2], Item())
