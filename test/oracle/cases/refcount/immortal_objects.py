# None, True, small ints and the empty tuple are shared by the whole interpreter:
# their counts are huge (or fixed "immortal" values), so only compare them.
import sys

print("None is big:", sys.getrefcount(None) > 1000)
print("small int 1 is big:", sys.getrefcount(1) > 1000)
print("empty tuple is big:", sys.getrefcount(()) > 1000)
a = 256
b = 256
print("256 shared:", a is b)
x = [None] * 5
print("list of None:", x.count(None))
print("big int is ordinary:", sys.getrefcount(10 ** 20))
