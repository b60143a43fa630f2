# gc.callbacks: each callback gets phase "start" then "stop" with an info dict (generation, collected, uncollectable); callbacks run in list order.
import gc

gc.disable()
gc.collect()
log = []

def first(phase, info):
    log.append(("first", phase, sorted(info.items())))

def second(phase, info):
    log.append(("second", phase, info["generation"]))

gc.callbacks.append(first)
gc.callbacks.append(second)
a, b = [], []
a.append(b)
b.append(a)
del a, b
print("collect(1) returned", gc.collect(1))
for entry in log:
    print(*entry)
log.clear()
gc.callbacks.remove(first)
print("collect() returned", gc.collect())
print(log)
print("callbacks is a list:", type(gc.callbacks).__name__, len(gc.callbacks))
gc.callbacks.clear()
