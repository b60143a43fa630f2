# test_weakref's callback_in_cycle_resurrection / callbacks_on_callback: weakrefs that are themselves garbage never call back; external ones do, after the trash is gone.
import gc
import weakref

gc.disable()
gc.collect()
log = []

class C:
    def __init__(self, value):
        self.value = value
    def acallback(self, ignore):
        log.append(("resurrect", self.c.value))

c1, c2 = C(1), C(2)
c1.c, c2.c = c2, c1
c1.wr = weakref.ref(c2, c1.acallback)  # weakref + callback inside the trash
c2.wr = weakref.ref(c1, c2.acallback)
wr_class = weakref.ref(C, lambda ignore: log.append("C went away"))  # external
del c1, c2, C
print("after del:", log)
print("collect():", gc.collect())
print("after collect:", log, "wr_class() is None:", wr_class() is None)
log.clear()

class D:
    def cb(self, ignore):
        log.append("cb called")

c, d = D(), D()
c.other, d.other = d, c
callback = c.cb
c.wr = weakref.ref(d, callback)
d.wr = weakref.ref(callback, d.cb)
external = weakref.ref(callback, lambda ignore: log.append("external callback"))
del callback, c, d
print("collect():", gc.collect())
print("callbacks on callbacks:", log, external() is None)
