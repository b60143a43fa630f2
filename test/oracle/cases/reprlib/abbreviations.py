# Checks reprlib's abbreviated reprs: sets sorted when they can be, long lists, strings, ints and
# dicts cut with '...', nesting past maxlevel, deques and arrays, an instance whose __repr__ fails,
# Repr's attributes (3.12+: keyword arguments and indent), recursive_repr's placeholder and wrapper,
# and (last, uncaught) the error of a negative indent from reprlib.py's lines (3.11: no indent).
import array
import collections
import reprlib

print(reprlib.repr(set("abracadabra")), reprlib.repr(frozenset(range(20))))
print(reprlib.repr(list(range(50))), reprlib.repr("spam " * 20), reprlib.repr(7 ** 70))
print(reprlib.repr({n: chr(65 + n) * 40 for n in range(8)}), reprlib.repr([[[[[[["deep"]]]]]]]))
print(reprlib.repr(collections.deque("queue" * 3)), reprlib.repr(array.array("h", range(12))), reprlib.repr((1,)))


class Chatty:
    def __repr__(self):
        return "Chatty(" + "blah " * 20 + ")"


class Failing:
    def __repr__(self):
        raise LookupError("nothing to show")


print(reprlib.repr(Chatty()), reprlib.repr(Failing()).startswith("<Failing instance at 0x"))
custom = reprlib.Repr()
custom.maxlist, custom.maxstring = 3, 12
print(custom.repr(list("abcdef")), custom.repr("a rather long sentence"))


class Tree:
    def __init__(self, name):
        self.name, self.children = name, []

    @reprlib.recursive_repr(fillvalue="<cycle>")
    def __repr__(self):
        return f"Tree({self.name!r}, {self.children})"


root = Tree("root")
root.children.append(Tree("leaf"))
root.children.append(root)
print(root, Tree.__repr__.__name__, Tree.__repr__.__qualname__, hasattr(Tree.__repr__, "__wrapped__"))
try:
    print(reprlib.Repr(maxlist=2, indent=4).repr([1, [2, 3, 4]]))
    print(reprlib.Repr(indent="..").repr({"k": (1,), "j": []}))
except TypeError as e:
    print("TypeError:", e)
reprlib.Repr(indent=-2).repr(["x"])
