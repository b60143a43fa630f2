# iter() of an object with only __getitem__: an `iterator` (seqiterobject) holding the object alone, which it
# releases once IndexError ends the iteration; sys.getsizeof, gc referents, next() and the for loop.
import gc
import sys


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


s = Seq()
it = iter(s)
print(type(it).__name__, sys.getsizeof(it), gc.is_tracked(it), sys.getrefcount(s))
print(len(gc.get_referents(it)), next(it), list(it), len(gc.get_referents(it)), sys.getrefcount(s))
print(list(it), [x for x in Seq()], 20 in Seq(), sorted(Seq(), reverse=True))
print(type(iter([1].__getitem__, None)).__name__, iter(it) is it)
