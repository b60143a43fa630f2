# A __del__ that stores self resurrects the object and everything it reaches; it is not finalized again (test_gc's resurrection tests).
import gc

gc.disable()
gc.collect()
saved = []

class Lazarus:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("__del__", self.name)
        saved.append(self)

class Cargo:
    pass

laz = Lazarus("first")
laz.cargo = Cargo()
laz.cargo.back = laz
del laz
print("collect() with a resurrecting __del__:", gc.collect())
back = saved.pop()
print("resurrected intact:", back.name, back.me is back, back.cargo.back is back)
print("is_finalized:", gc.is_finalized(back))
del back
print("second collect(), no __del__ this time:", gc.collect())

class Loop:
    def __init__(self):
        self.me = self

for i in range(5):
    Loop()
Lazarus("resurrector")
print("resurrection does not block the others:", gc.collect(), len(saved))
saved.clear()
print("then the resurrected one goes, without __del__:", gc.collect())
