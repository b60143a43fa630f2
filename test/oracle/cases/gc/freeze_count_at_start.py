# gc.get_freeze_count() before the program freezes anything: 3.12 starts with the static built-in
# types' immortal __bases__/__mro__ tuples in the permanent generation (375 on 3.12.1), 3.11 and 3.13
# with none; gc.unfreeze() empties it and a later gc.freeze() counts only what is tracked then.
import gc

print("at start:", gc.get_freeze_count())
gc.collect()
print("after collect:", gc.get_freeze_count())
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
print("startup tuples collected:", gc.collect())
gc.freeze()
print("freeze counts tracked objects:", gc.get_freeze_count() > 100)
gc.unfreeze()
print("after second unfreeze:", gc.get_freeze_count())
