# No automatic collection while gc.disable() is in force or when threshold 0 is set; the first allocation after enable() past the threshold triggers one.
import gc

runs = []
gc.collect()
gc.callbacks.append(lambda phase, info: phase == "stop" and runs.append(info["collected"]))
gc.set_threshold(50)

gc.disable()
for _ in range(300):
    x = []
    x.append(x)
del x
print("disabled: collections", len(runs), "pending count over the threshold:", gc.get_count()[0] > 50)
gc.enable()
print("right after enable():", len(runs))
y = [[]]  # allocating is what triggers a collection
z = None
print("after allocating again:", len(runs), "collected", runs)

gc.set_threshold(0)
for _ in range(300):
    x = []
    x.append(x)
del x
print("threshold 0: collections", len(runs))
print("manual collect:", gc.collect())
gc.callbacks.clear()
gc.set_threshold(700)
