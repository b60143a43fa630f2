# Classes built on collections.abc: the mixin methods of Sequence, MutableMapping and MutableSet work
# from the few methods the class writes, an ABC with abstract methods left cannot be instantiated, and
# a class with the right methods passes isinstance() without deriving from the ABC.
import sys
from collections.abc import Hashable, Iterable, Iterator, MutableMapping, MutableSet, Sequence, Sized


class Deck(Sequence):
    def __init__(self):
        self.cards = list(range(5))

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


d = Deck()
print(list(d), 3 in d, 9 in d, d.index(2), d.count(1), list(reversed(d)), isinstance(d, Iterable))
it = iter(d)
print(type(it).__name__, sys.getrefcount(d), next(it), sys.getrefcount(d))
del it
print(sys.getrefcount(d))
try:
    d.index(42)
except ValueError as e:
    print("ValueError", repr(e))
try:
    Sequence()
except TypeError as e:
    print(e)


class Half(Sequence):
    def __len__(self):
        return 0


try:
    Half()
except TypeError as e:
    print(e)


class Store(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


s = Store()
s.update(a=1, b=2)
s.update([('z', 26)])
print(s.setdefault('c', 3), s.setdefault('a', 100))
print(dict(s), s.get('q', 0), 'a' in s, s.pop('a'), s.pop('a', 'gone'), list(s.keys()), list(s.items()), list(s.values()))
print(s == {'b': 2, 'z': 26, 'c': 3}, repr(s.keys()).startswith('KeysView('), s.popitem(), len(s))
try:
    s.pop('nope')
except KeyError as e:
    print("KeyError", e)
s.clear()
print(len(s), s.__class__.__mro__[1].__name__)


class Bag(MutableSet):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


b = Bag([1, 2, 3])
print(sorted(b | {4}), sorted(b & {2, 3, 9}), sorted(b - {1}), sorted(b ^ {3, 4}), b <= {1, 2, 3, 4}, b == {1, 2, 3}, b < {1, 2})
b |= {7}
b -= {1}
print(sorted(b), b.isdisjoint({8}), type(b | {4}).__name__)
b.remove(2)
print(sorted(b), b.pop() in (3, 7), len(b))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class NoHash:
    __hash__ = None


class Box:
    def __len__(self):
        return 1


print(isinstance(Countdown(2), Iterator), issubclass(Countdown, Iterable), isinstance(NoHash(), Hashable))
print(isinstance(Box(), Sized), isinstance(Box(), Iterable), list(Countdown(3)))
print(sys.getrefcount(Deck), sys.getrefcount(Store))
