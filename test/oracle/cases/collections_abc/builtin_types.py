# collections.abc against the built-in types: the ABCs registered for them and the __subclasshook__s
# that look for methods in their dicts (`list.__hash__` is None: not Hashable) answer as in CPython.
import collections
import collections.abc as cabc
from collections.abc import (Callable, Collection, Container, Generator, Hashable, Iterable, Iterator, Mapping,
                             MutableMapping, MutableSequence, MutableSet, Reversible, Sequence, Set, Sized)

print(cabc.__name__, Sequence.__module__, collections.abc is cabc, Sequence, repr(Mapping))
print([c.__name__ for c in Mapping.__mro__])
ABCS = (Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Iterable, Iterator, Generator, Hashable,
        Sized, Callable, Container, Collection, Reversible)


def gen():
    yield


for obj in ([1], (1,), "s", b"b", bytearray(), {1: 2}, {1}, frozenset(), range(3), iter([]), iter(()), iter(""),
            iter({}), reversed([]), gen(), len, print, 5, 2.5, None, {}.keys(), {}.items(), {}.values(),
            memoryview(b''), zip(), map(len, []), enumerate([]), slice(1), type, object()):
    print(type(obj).__name__, [c.__name__ for c in ABCS if isinstance(obj, c)])
print(issubclass(list, Reversible), issubclass(dict, Reversible), issubclass(bool, Hashable), issubclass(type, Callable))
print(issubclass(collections.OrderedDict, MutableMapping), issubclass(collections.defaultdict, Mapping))
print(type(Sequence).__name__, sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))
print('__abc_tpflags__' in Sequence.__dict__, cabc.Iterable[int], cabc.Sequence[str])


async def job():
    return 1


co = job()
print(isinstance(co, cabc.Coroutine), isinstance(co, cabc.Awaitable), isinstance(co, Iterator), issubclass(type(co), cabc.Coroutine))
co.close()
