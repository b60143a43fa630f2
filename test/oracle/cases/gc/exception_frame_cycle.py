# Keeping a caught exception in a local creates a cycle: exception -> traceback -> frame -> local variable -> exception; only gc frees it.
import gc

gc.disable()
gc.collect()

class Tracer:
    def __del__(self):
        print("Tracer freed")

def keep_error():
    marker = Tracer()
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e  # 'except ... as e' deletes e, but err survives the block

def drop_error():
    marker = Tracer()
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass

drop_error()
print("after drop_error, collect():", gc.collect())
keep_error()
print("after keep_error, before collect")
print("collect():", gc.collect())
