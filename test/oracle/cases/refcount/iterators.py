# An iterator holds its sequence until it is exhausted.
import sys

seq = [1, 2, 3]
print("seq:", sys.getrefcount(seq))
it = iter(seq)
print("with an iterator:", sys.getrefcount(seq))
print(next(it), next(it), next(it))
print("all consumed, not yet exhausted:", sys.getrefcount(seq))
print(next(it, 'done'))
print("exhausted iterator released it:", sys.getrefcount(seq))
