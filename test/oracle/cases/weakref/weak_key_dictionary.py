# WeakKeyDictionary: extra data attached to objects without keeping them alive; the entry goes when the key object dies. Keys compare by ==.
import weakref

class Widget:
    def __init__(self, name):
        self.name = name

notes = weakref.WeakKeyDictionary()
w1, w2 = Widget("button"), Widget("slider")
notes[w1] = "clicked 3 times"
notes[w2] = ["dragged"]
print("len:", len(notes), "notes[w1]:", notes[w1], "w2 in notes:", w2 in notes)
print("keys:", sorted(k.name for k in notes.keys()))
del w1
print("after del w1:", len(notes), [k.name for k in notes])
w2 = None
print("after w2 = None:", len(notes))

class Named:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __hash__(self):
        return hash(self.n)

x, y = Named(1), Named(1)
d = weakref.WeakKeyDictionary()
d[x] = "first"
d[y] = "second"  # equal key: replaces the value, keeps the first key object
print("equal keys share an entry:", len(d), d[x], next(iter(d)) is x)
del y
print("after del y:", len(d))
del x
print("after del x:", len(d))
try:
    d["text"] = 1
except TypeError as e:
    print("TypeError:", e)
