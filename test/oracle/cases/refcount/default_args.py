# Default values are stored with the function: one reference for as long as it lives.
import sys

shared = []
print("shared:", sys.getrefcount(shared))

def add(item, target=shared):
    target.append(item)
    return len(target)

print("after def:", sys.getrefcount(shared))
print(add(1), add(2))
print("shared now:", shared)
print("defaults:", add.__defaults__)
del add
print("function deleted:", sys.getrefcount(shared))
