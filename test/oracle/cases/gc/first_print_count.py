# What the first print() allocates, seen in gc.get_count() once gc.collect() has emptied the free
# lists: every version passes print()'s arguments in a new tuple (freed after the call, kept on the
# tuple free list for the next call of that size); sys.stdout gathers the pieces it is given (the text,
# then the end) in a list until they are flushed; and 3.11 also builds, on the first call, the tuple of
# print()'s keyword names ('sep', 'end', 'file', 'flush'), which it keeps for good.
import gc


def gen0():
    return gc.get_count()[0]


gc.collect()
gen0()
before = gen0()
print('first call')
after_first = gen0()
print('second call')
after_second = gen0()
print('two', 'arguments')
after_third = gen0()
print('first:', after_first - before)
print('second:', after_second - after_first)
print('two arguments:', after_third - after_second)
