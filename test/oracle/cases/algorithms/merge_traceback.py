# An input of heapq.merge that fails midway: the traceback shows merge's line in heapq.py.
import heapq

def readings():
    yield 1
    yield 4
    raise OSError("sensor unplugged")

for value in heapq.merge([2, 3, 5], readings()):
    print(value)
