# A comprehension builds a new container; its loop variable does not leak.
import sys

item = ['item']
lst = [item for _ in range(4)]
print("in a list comprehension:", sys.getrefcount(item))
dct = {i: item for i in range(2)}
print("plus a dict comprehension:", sys.getrefcount(item))
gen = (item for _ in range(3))
print("generator not started:", sys.getrefcount(item))
print("consumed:", len(list(gen)), sys.getrefcount(item))
print("'_' defined:", '_' in globals())
