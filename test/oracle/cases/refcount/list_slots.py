# Each list slot holding an object is one reference to it.
import sys

item = {'name': 'widget'}
print("alone:", sys.getrefcount(item))
items = [item, item, item]
print("in 3 slots:", sys.getrefcount(item))
items.pop()
print("after pop():", sys.getrefcount(item))
items.append(item)
items.append(item)
print("after 2 appends:", sys.getrefcount(item))
items[0] = None
print("slot 0 replaced:", sys.getrefcount(item))
items.clear()
print("after clear():", sys.getrefcount(item))
print("list refcount itself:", sys.getrefcount(items))
