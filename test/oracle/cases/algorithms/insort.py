# insort: the position bisect finds, then list.insert (PyList_Insert for a list, the insert method of
# anything else); the references the list takes, and what a subclass's insert sees.
import bisect, sys

scores = []
for s in [50, 20, 80, 20, 65]:
    bisect.insort(scores, s)
    print(scores, sys.getsizeof(scores))
bisect.insort_left(scores, 20)
bisect.insort_right(scores, 65, 0, 3)
print(scores)
bisect.insort(scores, 0, lo=100)
print("lo past the end appends:", scores)

class Task:
    def __init__(self, name, due):
        self.name, self.due = name, due
    def __repr__(self):
        return self.name + "@" + str(self.due)
todo = []
for t in [Task("b", 3), Task("a", 1), Task("c", 3), Task("d", 2)]:
    bisect.insort(todo, t, key=lambda t: t.due)
print(todo)
bisect.insort_left(todo, Task("e", 3), key=lambda t: t.due)
print(todo)

item = Task("x", 0)
print("before", sys.getrefcount(item))
bisect.insort(todo, item, key=lambda t: t.due)
print("in the list", sys.getrefcount(item), todo.index(item))

class Logged(list):
    def insert(self, i, x):
        print("  insert", i, x, sys.getrefcount(x))
        super().insert(i, x)
log = Logged([Task("p", 1), Task("q", 5)])
extra = Task("r", 3)
bisect.insort(log, extra, key=lambda t: t.due)
print(log, sys.getrefcount(extra))

class Keyed:
    def __init__(self, v):
        self.v = v
    def key(self):
        print("  key of", self.v, sys.getrefcount(self))
        return self.v
ks = [Keyed(1), Keyed(4), Keyed(6)]
new = Keyed(5)
bisect.insort(ks, new, key=Keyed.key)
print([k.v for k in ks], sys.getrefcount(new))
