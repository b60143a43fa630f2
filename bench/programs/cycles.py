# Cycle-heavy: 100 000 self-referencing lists made with the collector enabled; reference
# counting never frees them, so the automatic collections do (about 128 of them under 3.11).
import gc

for i in range(100000):
    cycle = []
    cycle.append(cycle)
del cycle
print(gc.collect() >= 0, gc.get_stats()[0]["collections"] > 0)
