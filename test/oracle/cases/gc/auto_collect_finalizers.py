# Garbage cycles linger until an automatic collection: __del__ of self-referencing instances runs in batches, at loop indices set by the threshold.
import gc

finalized = 0
batches = []
i = None

class Session:
    def __init__(self):
        self.me = self

    def __del__(self):
        global finalized
        finalized += 1

def on_gc(phase, info):
    if phase == "stop":
        batches.append((i, info["generation"], info["collected"], finalized))

gc.collect()
gc.callbacks.append(on_gc)
for i in range(4500):
    Session()
gc.callbacks.remove(on_gc)
for index, gen, collected, total in batches:
    print(f"i={index}: generation {gen} collected {collected}, finalized so far {total}")
print("finalized by the end of the loop:", finalized)
gc.collect()
print("after gc.collect():", finalized)
