# At interpreter exit, live finalize objects with atexit=True run, newest first; atexit=False ones are skipped; those already run stay silent.
import weakref

class Conn:
    pass

def close(name):
    print("close", name)

keep = []
for name in ("first", "second", "third"):
    c = Conn()
    keep.append(c)
    weakref.finalize(c, close, name)

quiet = Conn()
fq = weakref.finalize(quiet, close, "quiet (atexit=False)")
fq.atexit = False
done = Conn()
weakref.finalize(done, close, "done early")()
mortal = Conn()
weakref.finalize(mortal, close, "mortal")
del mortal
print("end of the program")
