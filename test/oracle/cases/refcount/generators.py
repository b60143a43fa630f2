# A generator's frame keeps its arguments and locals alive until it finishes.
import sys

def produce(obj):
    yield len(obj)
    yield obj[0]

data = ['first', 'second']
print("data:", sys.getrefcount(data))
gen = produce(data)
print("created generator:", sys.getrefcount(data))
print(next(gen))
print("suspended:", sys.getrefcount(data))
print(next(gen))
print(next(gen, 'finished'))
print("finished:", sys.getrefcount(data))
