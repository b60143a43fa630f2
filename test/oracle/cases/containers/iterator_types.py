# Each built-in sequence has its own iterator type (bytearray's is not bytes'), of CPython's size; and
# list.pop's argument is checked before the list is.
import sys

for seq in ([1], (1,), "a", b"a", bytearray(b"a"), range(2), {1: 2}, {1}, {}.values(), {}.items(), reversed([1])):
    it = iter(seq)
    print(type(seq).__name__, type(it).__name__, sys.getsizeof(it), next(it, None))
ba = bytearray(b"xy")
it = iter(ba)
ba.append(122)
print(list(it), sys.getrefcount(ba))
for args in ((), ('x',), (1, 2), (5,)):
    try:
        print([].pop(*args))
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
