# reversed(): a list has its own reverse iterator; a tuple, a str and bytes get a `reversed` object;
# a class with __len__ and __getitem__ is reversed through them; a set (no __getitem__) is not
# reversible, and a __getitem__ without __len__ fails on len().
class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


class ShortSeq:
    def __len__(self):
        return 5

    def __getitem__(self, i):
        if i > 1:
            raise IndexError(i)
        return i


class NoLen:
    def __getitem__(self, i):
        return i


for o in ['abc', b'xy', bytearray(b'ab'), (1, 2), [1], range(2), {1: 2}, Seq(), ShortSeq(), {1, 2}, frozenset(), NoLen(), 5]:
    try:
        r = reversed(o)
        print(type(r).__name__, list(r))
    except TypeError as e:
        print('TypeError', e)
