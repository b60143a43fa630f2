# A bound method is a new object on each access, so weakref.ref(obj.method) dies at once; weakref.WeakMethod follows the instance instead.
import weakref

class Button:
    def __init__(self, label):
        self.label = label
    def click(self):
        return f"{self.label} clicked"

b = Button("OK")
r = weakref.ref(b.click)
print("ref to a bound method, right away:", r())
print("b.click is b.click:", b.click is b.click, "==:", b.click == b.click)
wm = weakref.WeakMethod(b.click)
print("WeakMethod()():", wm()())
print("a new bound method each call:", wm() is not wm(), wm() == b.click)
fired = []
wm2 = weakref.WeakMethod(b.click, lambda ref: fired.append(ref is wm2))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del b
print("after the instance dies:", wm(), "callback:", fired)

def plain():
    return 1

rf = weakref.ref(plain)
print("ref to a function:", rf() is plain)
del plain
print("after del plain, the ref is dead:", rf() is None)
