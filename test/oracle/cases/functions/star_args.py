# *args collects the extra positional arguments in a new tuple that holds references to them.
import sys

def total(*args):
    print("args:", args, "type:", type(args).__name__)
    return sum(args)

print(total())
print(total(1, 2, 3))
nums = [4, 5, 6]
print(total(*nums))

def hold(*args):
    return sys.getrefcount(args[0])

item = ['x']
print("item passed through *args:", hold(item))
print("item passed twice:", hold(item, item))
