# gc.get_stats(): one dict per generation with collections/collected/uncollectable; the deltas after explicit collections of each generation.
import gc

gc.disable()
gc.collect()
stats = gc.get_stats()
print(type(stats).__name__, len(stats), [sorted(s) for s in stats][0])

def snapshot():
    return [(s["collections"], s["collected"], s["uncollectable"]) for s in gc.get_stats()]

def make_cycles(n):
    for _ in range(n):
        l = []
        l.append(l)

before = snapshot()
make_cycles(3)
gc.collect(0)
make_cycles(4)
gc.collect(1)
make_cycles(5)
gc.collect(2)
gc.collect(0)
after = snapshot()
for gen in range(3):
    delta = tuple(a - b for a, b in zip(after[gen], before[gen]))
    print(f"generation {gen}: +collections, +collected, +uncollectable = {delta}")
