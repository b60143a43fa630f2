# The special methods of built-in types, called directly or through super() from a subclass: each
# runs the type's own operation, and gives NotImplemented for an operand the type leaves to the other.
class Stack(list):
    def __repr__(self):
        return "Stack" + super().__repr__()
    def __getitem__(self, i):
        return "item " + str(super().__getitem__(i))
    def __len__(self):
        return super().__len__() * 10

s = Stack([1, 2])
print(s, repr(s), s[0], len(s), str(s))

class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))
    def __repr__(self):
        return f"Money({super().__repr__()})"

m = Money(5) + 3
print(m, repr(m), type(m).__name__)

class Temp(float):
    def __str__(self):
        return f"{super().__repr__()} degrees"

print(Temp(21.5), repr(Temp(1.0)))
print((3).__add__(4), (3).__add__(1.5), (1.5).__radd__(1), (3).__radd__(1.5), "ab".__mul__(3), "ab".__rmul__(2), [1].__add__([2]))
print((3).__eq__(3), (3).__eq__(3.0), (3.0).__eq__(3), (1).__lt__(2), "a".__lt__("b"), "a".__eq__(1))
print((5).__neg__(), (-5).__abs__(), (5).__invert__(), (0).__bool__(), (2.5).__neg__(), (1j).__neg__(), (3 + 4j).__abs__())
print([1, 2].__len__(), "abc".__len__(), {1: 2}.__len__(), {1, 2}.__contains__(1), "abc".__contains__("b"), [5, 6].__getitem__(1), {"a": 1}.__getitem__("a"))
print((5).__repr__(), "a".__repr__(), [1, "a"].__repr__(), {1: "a"}.__repr__(), (1,).__repr__(), {1}.__repr__(), (2.5).__repr__(), True.__repr__())
print(int.__add__(2, 3), str.__len__("xyz"), list.__getitem__([7, 8], 0), "x %s".__mod__(5), {1}.__or__({2}), {1: 2}.__or__({3: 4}))
print(NotImplemented is (3).__add__("a"), (3).__sub__(True), True.__and__(False))
