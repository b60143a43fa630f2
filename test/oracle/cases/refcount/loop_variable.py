# The loop variable is a name like any other, and it survives the loop.
import sys

a = ['a']
b = ['b']
pair = [a, b]
for item in pair:
    print(item[0], "during the loop:", sys.getrefcount(item))
print("after the loop, item is", item, "refs of b:", sys.getrefcount(b))
print("refs of a:", sys.getrefcount(a))
for item in (a, a):
    pass
print("after a tuple loop, refs of a:", sys.getrefcount(a), "of b:", sys.getrefcount(b))
