# A dict holds one reference to each key and one to each value.
import sys

value = [1, 2, 3]
key = 'a key with spaces'
print("value:", sys.getrefcount(value), "key:", sys.getrefcount(key))
d = {key: value}
print("value:", sys.getrefcount(value), "key:", sys.getrefcount(key))
d['other'] = value
print("value in two entries:", sys.getrefcount(value))
d[key] = None
print("first entry overwritten:", sys.getrefcount(value), "key still held:", sys.getrefcount(key))
del d[key]
print("key entry deleted:", sys.getrefcount(key))
d.clear()
print("after clear():", sys.getrefcount(value))
