# Calling the slot wrappers of built-in types: the type's own operation on its operands, NotImplemented
# for an operand it leaves to the other, the argument checks of the wrapper functions (expected N
# arguments, no keywords) and of the descriptor (its object's type); method descriptors' own wording.


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


for label, thunk in [
    ("int.__add__(1, 2)", lambda: int.__add__(1, 2)),
    ("int.__add__(1, 2.5)", lambda: int.__add__(1, 2.5)),
    ("int.__radd__(1, 2)", lambda: int.__radd__(1, 2)),
    ("float.__radd__(1.5, 2)", lambda: float.__radd__(1.5, 2)),
    ("int.__sub__(True, 1)", lambda: int.__sub__(True, 1)),
    ("int.__pow__(2, 10)", lambda: int.__pow__(2, 10)),
    ("int.__pow__(2, 10, 7)", lambda: int.__pow__(2, 10, 7)),
    ("int.__pow__(2, 10, None)", lambda: int.__pow__(2, 10, None)),
    ("int.__pow__(2, 10, 7.0)", lambda: int.__pow__(2, 10, 7.0)),
    ("float.__pow__(2.0, 3, 5)", lambda: float.__pow__(2.0, 3, 5)),
    ("int.__lt__(1, 2)", lambda: int.__lt__(1, 2)),
    ("int.__eq__(1, 'a')", lambda: int.__eq__(1, 'a')),
    ("float.__eq__(1.0, 1)", lambda: float.__eq__(1.0, 1)),
    ("int.__neg__(5)", lambda: int.__neg__(5)),
    ("int.__bool__(0)", lambda: int.__bool__(0)),
    ("int.__repr__(True)", lambda: int.__repr__(True)),
    ("bool.__repr__(True)", lambda: bool.__repr__(True)),
    ("float.__repr__(0.1)", lambda: float.__repr__(0.1)),
    ("int.__hash__(-1)", lambda: int.__hash__(-1)),
    ("int.__hash__(True)", lambda: int.__hash__(True)),
    ("float.__hash__(1.5)", lambda: float.__hash__(1.5)),
    ("tuple.__hash__((1, 2)) == hash((1, 2))", lambda: tuple.__hash__((1, 2)) == hash((1, 2))),
    ("str.__add__('a', 'b')", lambda: str.__add__('a', 'b')),
    ("str.__len__('abc')", lambda: str.__len__('abc')),
    ("str.__getitem__('abc', 1)", lambda: str.__getitem__('abc', 1)),
    ("str.__contains__('abc', 'b')", lambda: str.__contains__('abc', 'b')),
    ("str.__mod__('%d', 3)", lambda: str.__mod__('%d', 3)),
    ("str.__lt__('a', 1)", lambda: str.__lt__('a', 1)),
    ("str.__mul__('ab', 2)", lambda: str.__mul__('ab', 2)),
    ("list(str.__iter__('ab'))", lambda: list(str.__iter__('ab'))),
    ("list.__len__([1])", lambda: list.__len__([1])),
    ("list.__getitem__([1, 2], -1)", lambda: list.__getitem__([1, 2], -1)),
    ("list.__add__([1], [2])", lambda: list.__add__([1], [2])),
    ("list.__contains__([1], 1)", lambda: list.__contains__([1], 1)),
    ("list.__rmul__([1], 2)", lambda: list.__rmul__([1], 2)),
    ("list.__repr__([1, 'a'])", lambda: list.__repr__([1, 'a'])),
    ("list.__eq__([1], [1])", lambda: list.__eq__([1], [1])),
    ("list.__eq__([1], (1,))", lambda: list.__eq__([1], (1,))),
    ("list.__lt__([1, 2], [1, 3])", lambda: list.__lt__([1, 2], [1, 3])),
    ("list(list.__iter__([3, 4]))", lambda: list(list.__iter__([3, 4]))),
    ("tuple.__len__((1, 2))", lambda: tuple.__len__((1, 2))),
    ("tuple.__add__((1,), (2,))", lambda: tuple.__add__((1,), (2,))),
    ("tuple.__getitem__((1, 2), 0)", lambda: tuple.__getitem__((1, 2), 0)),
    ("tuple.__ge__((2,), (1, 5))", lambda: tuple.__ge__((2,), (1, 5))),
    ("tuple.__ne__((1,), [1])", lambda: tuple.__ne__((1,), [1])),
    ("dict.__len__({1: 2})", lambda: dict.__len__({1: 2})),
    ("dict.__getitem__({1: 2}, 1)", lambda: dict.__getitem__({1: 2}, 1)),
    ("dict.__contains__({1: 2}, 3)", lambda: dict.__contains__({1: 2}, 3)),
    ("dict.__or__({1: 2}, {3: 4})", lambda: dict.__or__({1: 2}, {3: 4})),
    ("dict.__or__({1: 2}, [])", lambda: dict.__or__({1: 2}, [])),
    ("dict.__eq__({1: 2}, {1: 2})", lambda: dict.__eq__({1: 2}, {1: 2})),
    ("dict.__ne__({1: 2}, {1: 3})", lambda: dict.__ne__({1: 2}, {1: 3})),
    ("list(dict.__iter__({'k': 1}))", lambda: list(dict.__iter__({'k': 1}))),
    ("set.__len__({1, 2})", lambda: set.__len__({1, 2})),
    ("set.__or__({1}, {2})", lambda: set.__or__({1}, {2})),
    ("set.__and__({1}, [1])", lambda: set.__and__({1}, [1])),
    ("set.__contains__({1}, 1)", lambda: set.__contains__({1}, 1)),
    ("set.__le__({1}, frozenset({1, 2}))", lambda: set.__le__({1}, frozenset({1, 2}))),
    ("frozenset.__eq__(frozenset({1}), {1})", lambda: frozenset.__eq__(frozenset({1}), {1})),
    ("set.__lt__({1}, [1])", lambda: set.__lt__({1}, [1])),
    ("object.__str__(1)", lambda: object.__str__(1)),
    ("object.__init__(object())", lambda: object.__init__(object())),
    ("object.__eq__(1, 1)", lambda: object.__eq__(1, 1)),
    ("object.__eq__(1, 2)", lambda: object.__eq__(1, 2)),
    ("object.__ne__(1, 2)", lambda: object.__ne__(1, 2)),
    ("object.__lt__(1, 2)", lambda: object.__lt__(1, 2)),
    ("type.__call__(int, '7')", lambda: type.__call__(int, '7')),
    ("(3).__add__(4)", lambda: (3).__add__(4)),
    ("(3).__pow__(2, 5)", lambda: (3).__pow__(2, 5)),
    # errors
    ("int.__add__()", lambda: int.__add__()),
    ("int.__add__(1)", lambda: int.__add__(1)),
    ("int.__add__('a', 1)", lambda: int.__add__('a', 1)),
    ("int.__add__(1, 2, 3)", lambda: int.__add__(1, 2, 3)),
    ("int.__add__(1, other=2)", lambda: int.__add__(1, other=2)),
    ("(1).__add__(x=2)", lambda: (1).__add__(x=2)),
    ("(1).__add__()", lambda: (1).__add__()),
    ("(1).__neg__(2)", lambda: (1).__neg__(2)),
    ("(2).__pow__()", lambda: (2).__pow__()),
    ("(2).__pow__(1, 2, 3)", lambda: (2).__pow__(1, 2, 3)),
    ("list.__len__([], 1)", lambda: list.__len__([], 1)),
    ("list.__len__(())", lambda: list.__len__(())),
    ("list.__len__(x=1)", lambda: list.__len__(x=1)),
    ("str.__len__(b'')", lambda: str.__len__(b'')),
    ("float.__lt__(1, 2.0)", lambda: float.__lt__(1, 2.0)),
    ("int.__bool__(1.5)", lambda: int.__bool__(1.5)),
    ("object.__init__()", lambda: object.__init__()),
    ("object.__repr__()", lambda: object.__repr__()),
    ("list.__init__(1)", lambda: list.__init__(1)),
    ("list.__init__([], 1, 2)", lambda: list.__init__([], 1, 2)),
    ("type.__call__()", lambda: type.__call__()),
    ("type.__call__(1)", lambda: type.__call__(1)),
    ("int.__hash__(1, 2)", lambda: int.__hash__(1, 2)),
    ("list.__getitem__()", lambda: list.__getitem__()),
    ("list.__getitem__(())", lambda: list.__getitem__(())),
    ("[].__getitem__()", lambda: [].__getitem__()),
    ("dict.__setitem__({}, 1)", lambda: dict.__setitem__({}, 1)),
    ("object().__setattr__('x')", lambda: object().__setattr__('x')),
    ("iter([]).__next__(1)", lambda: iter([]).__next__(1)),
    ("iter([]).__iter__(x=1)", lambda: iter([]).__iter__(x=1)),
    ("list.__hash__([])", lambda: list.__hash__([])),
]:
    attempt(label, thunk)


# A class that defines __eq__ and takes object's hash back; one that inherits the comparisons.
class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x

    __hash__ = object.__hash__


p, q = Point(1), Point(1)
print(p == q, p != q, len({p, q}), Point.__hash__ is object.__hash__, Point.__ne__ is object.__ne__)
print(object.__ne__(p, q), object.__ne__(p, 1))


class Pair(tuple):
    def __eq__(self, other):
        return 'own'

    def __lt__(self, other):
        return super().__lt__(other)


print(Pair((1, 2)) == (1, 2), tuple.__eq__(Pair((1, 2)), (1, 2)), Pair((1, 2)) < (1, 3), Pair((1,)) < Pair((0,)))


# list's item assignment reached from a subclass that logs it.
class Log(list):
    def __setitem__(self, i, v):
        print('set', i, v)
        super().__setitem__(i, v)

    def __delitem__(self, i):
        print('del', i)
        super().__delitem__(i)


log = Log([1, 2, 3, 4])
log[0] = 9
log[1:3] = 'ab'
del log[0]
del log[::2]
print(log, list.__setitem__(log, 0, 'z'), log, list.__delitem__(log, -1), log)
attempt("list.__setitem__([], 0, 1)", lambda: list.__setitem__([], 0, 1))
attempt("list.__setitem__([1], 0)", lambda: list.__setitem__([1], 0))
attempt("float.__int__(-2.7)", lambda: float.__int__(-2.7))
attempt("float.__int__(float('inf'))", lambda: float.__int__(float('inf')))
attempt("str.__rmod__('%s', 'x%s')", lambda: str.__rmod__('%s', 'x%s'))
attempt("str.__rmod__('a', 1)", lambda: str.__rmod__('a', 1))


# A sequence's concatenation and repetition raise for another operand (sq_concat, sq_repeat), no NotImplemented.
class Two:
    def __index__(self):
        return 2


for label, thunk in [
    ("[].__mul__('a')", lambda: [].__mul__('a')),
    ("'a'.__mul__(1.5)", lambda: 'a'.__mul__(1.5)),
    ("[].__add__(1)", lambda: [].__add__(1)),
    ("'a'.__add__(1)", lambda: 'a'.__add__(1)),
    ("(1,).__add__([])", lambda: (1,).__add__([])),
    ("b'a'.__add__(1)", lambda: b'a'.__add__(1)),
    ("[1].__mul__(Two())", lambda: [1].__mul__(Two())),
    ("'ab'.__rmul__(Two())", lambda: 'ab'.__rmul__(Two())),
    ("(1,).__mul__(True)", lambda: (1,).__mul__(True)),
    ("list.__add__([1], (2,))", lambda: list.__add__([1], (2,))),
]:
    attempt(label, thunk)
