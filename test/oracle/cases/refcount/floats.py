# Floats are ordinary objects: each arithmetic result is a new one.
import sys

f = 2.5
print("literal float:", sys.getrefcount(f))
g = f * 2
print("computed float:", sys.getrefcount(g), g)
h = g
print("with a second name:", sys.getrefcount(g))
values = [g, g, g]
print("in a list too:", sys.getrefcount(g))
print("sum:", sum(values))
