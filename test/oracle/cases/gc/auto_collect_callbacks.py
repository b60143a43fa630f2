# Automatic collections: 8000 self-referencing lists made with the collector enabled; gc.callbacks records, for each collection, the loop index, generation and count collected.
import gc

events = []
i = None

def on_gc(phase, info):
    if phase == "stop":
        events.append((i, info["generation"], info["collected"], info["uncollectable"]))

gc.collect()
gc.callbacks.append(on_gc)
for i in range(8000):
    cycle = []
    cycle.append(cycle)  # reference counting alone never frees it
del cycle
gc.callbacks.remove(on_gc)

print("threshold:", gc.get_threshold()[0], "collections:", len(events))
for index, generation, collected, uncollectable in events:
    print(f"at i={index}: generation {generation}, collected {collected}, uncollectable {uncollectable}")
print("left for gc.collect():", gc.collect())
