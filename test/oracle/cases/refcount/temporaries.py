# A temporary object has only the reference getrefcount itself holds.
import sys

print("fresh list:", sys.getrefcount([]))
print("fresh list with items:", sys.getrefcount([1, 2, 3]))
print("fresh object:", sys.getrefcount(object()))
print("fresh dict:", sys.getrefcount({'a': 1}))
print("fresh string:", sys.getrefcount(' '.join(['fresh', 'string'])))

def make():
    return ['made']

print("returned value, unbound:", sys.getrefcount(make()))
kept = make()
print("returned value, bound:", sys.getrefcount(kept))
