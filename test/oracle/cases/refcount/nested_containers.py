# References come from every container that holds the object directly.
import sys

inner = ['inner']
outer = [inner, [inner], {'k': inner}, (inner,)]
print("inner:", sys.getrefcount(inner))
print("outer:", sys.getrefcount(outer))
outer[1].append(inner)
print("one more in the nested list:", sys.getrefcount(inner))
del outer
print("outer deleted:", sys.getrefcount(inner))
