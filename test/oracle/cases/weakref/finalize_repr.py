# weakref.finalize's repr (Lib/weakref.py): the referent's type while it lives, "dead" after
# (addresses replaced by names, as they differ from run to run).
import weakref


class Object:
    pass


kenny = Object()
f = weakref.finalize(kenny, print, 'You killed Kenny!')
print(repr(f).replace(hex(id(f)), 'F').replace(hex(id(kenny)), 'OBJ'), f.alive)
del kenny
print(repr(f).replace(hex(id(f)), 'F'), f.alive)
