# obj.__class__ = C (object_set_class): between classes of class statements whose instance layouts
# agree; the instance holds the new class instead of the old one (sys.getrefcount), its attributes come
# along in a dict object of their own (gc.get_referents sees it); the errors CPython gives otherwise.
import sys, gc
class Idle:
    def state(self): return "idle"
class Running:
    def state(self): return "running"
m = Idle()
m.speed = [0]
print(m.state(), sys.getrefcount(Idle) - sys.getrefcount(Running))
m.__class__ = Running
print(m.state(), type(m).__name__, vars(m))
print("class refs moved:", sys.getrefcount(Running) - sys.getrefcount(Idle))
print("dict is separate object:", any(o is m.__dict__ for o in gc.get_referents(m)))
try:
    m.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    m.__class__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del m.__class__
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
try:
    m.__class__ = Slotted
except TypeError as e:
    print("TypeError:", e)
class Other:
    __slots__ = ("b",)
s = Slotted()
try:
    s.__class__ = Other
except TypeError as e:
    print("TypeError:", e)
object.__setattr__(m, "__class__", Idle)
print(m.state())
class L(list): pass
class L2(list): pass
try:
    L().__class__ = Idle
except TypeError as e:
    print("TypeError:", e)
