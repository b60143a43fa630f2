# What gc.set_debug() makes collections print on sys.stderr (captured here through a replaced sys.stderr):
# DEBUG_STATS a start line with each generation's size and a done line with the unreachable count,
# DEBUG_COLLECTABLE one line per unreachable object, in the collector's order, before finalizers run.
# Addresses, the sizes of the interpreter's own heap and timings vary: they are masked.
import gc
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


class Node:
    def __del__(self):
        print("finalizing a Node")


def masked(line):
    if line.startswith("gc: objects in each generation:"):
        return "gc: objects in each generation: <sizes>"
    if line.startswith("gc: collectable <"):
        return line.rsplit(" ", 1)[0] + " <address>>"
    if line.startswith("gc: done,"):
        return line.rsplit(",", 1)[0] + ", <elapsed>"
    return line


gc.collect()
capture = Capture()
sys.stderr = capture
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
node = Node()
node.me = node
cycle = [1]
cycle.append(cycle)
del node, cycle
print("collect(0) returned", gc.collect(0))
gc.set_debug(gc.DEBUG_COLLECTABLE)
pair = ({}, {})
pair[0]["other"] = pair[1]
pair[1]["other"] = pair[0]
del pair
print("collect() returned", gc.collect())
gc.set_debug(0)
print("nothing more:", gc.collect())
sys.stderr = sys.__stderr__
for line in "".join(capture.parts).splitlines():
    print(masked(line))
