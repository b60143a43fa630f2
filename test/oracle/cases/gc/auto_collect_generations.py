# With set_threshold(100, 2, 2), automatic collections move up to generation 1 every third time; generation 2 waits for the long-lived-pending rule (pending > 25% of the long-lived objects).
import gc

events = []
i = None

def on_gc(phase, info):
    if phase == "stop":
        events.append((i, info["generation"], info["collected"]))

gc.collect()
gc.set_threshold(100, 2, 2)
gc.callbacks.append(on_gc)
for i in range(3000):
    cycle = []
    cycle.append(cycle)
del cycle
gc.callbacks.remove(on_gc)
gc.set_threshold(700, 10, 10)

print("collections:", len(events))
print("per generation:", [sum(1 for e in events if e[1] == g) for g in range(3)])
for index, generation, collected in events:
    print(f"at i={index}: generation {generation}, collected {collected}")
