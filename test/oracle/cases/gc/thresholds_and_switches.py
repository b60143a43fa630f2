# Default thresholds per version (3.13 raised generation 0's), set_threshold/get_threshold, enable/disable/isenabled, and bad arguments.
import gc

print("default thresholds:", gc.get_threshold())
print("enabled at start:", gc.isenabled())
gc.disable()
print("after disable():", gc.isenabled())
gc.disable()
print("disable() twice:", gc.isenabled())
gc.enable()
print("after enable():", gc.isenabled())
gc.set_threshold(100)
print("set_threshold(100):", gc.get_threshold())
gc.set_threshold(50, 5)
print("set_threshold(50, 5):", gc.get_threshold())
gc.set_threshold(0)
print("set_threshold(0) (disables automatic collection):", gc.get_threshold(), gc.isenabled())
for args in [(), (1, 2, 3, 4)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print(f"set_threshold{args}:", e)
for gen in (3, -1):
    try:
        gc.collect(gen)
    except ValueError as e:
        print(f"collect({gen}):", e)
try:
    gc.collect("2")
except TypeError as e:
    print("collect('2'):", e)
