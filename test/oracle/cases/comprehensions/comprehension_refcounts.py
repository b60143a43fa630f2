# The list built by a comprehension holds references to the objects it collects.
import sys

a = ['a']
b = ['b']
source = [a, b, a]
picked = [item for item in source if item[0] == 'a']
print("a:", sys.getrefcount(a), "b:", sys.getrefcount(b))
print("seen inside a comprehension:", [sys.getrefcount(x) for x in [a]])
mapping = {id(item) == id(a): item for item in source}
print("dict comprehension:", sys.getrefcount(a), sys.getrefcount(b))
wrapped = [[item] for item in source]
print("wrapped:", sys.getrefcount(a), sys.getrefcount(b))
del picked, mapping, wrapped
print("all deleted:", sys.getrefcount(a), sys.getrefcount(b))
