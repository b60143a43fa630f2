# list.sort's comparisons as a class's __lt__ sees them: timsort's runs, binary insertion, galloping
# merges (3.13 takes equal elements into descending runs), keys, reverse, tuples (== first), and a
# list that is empty while it sorts.
calls = []
class K:
    def __init__(self, v, tag=""):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
    def __eq__(self, other):
        calls.append(("eq", self.v, other.v))
        return self.v == other.v
    def __repr__(self):
        return "%s%s" % (self.v, self.tag)

def run(label, values, **kw):
    xs = [K(v, t) for v, t in values]
    xs.sort(**kw)
    print(label, xs, " ".join("%s<%s" % c if len(c) == 2 else "%s==%s" % c[1:] for c in calls))
    calls.clear()

def tagged(vs):
    return [(v, "abcdefghijklmnopqrstuvwxyz"[i]) for i, v in enumerate(vs)]

run("random", tagged([5, 2, 8, 1, 9, 3]))
run("sorted", tagged([1, 2, 3, 4, 5]))
run("reversed", tagged([5, 4, 3, 2, 1]))
run("equal then down", tagged([3, 3, 3, 2, 1]))
run("down with ties", tagged([5, 4, 4, 3, 3, 3, 1, 2, 6]))
run("reverse flag", tagged([2, 1, 2, 3, 1]), reverse=True)

def digest(n, step, mod):
    xs = [K((i * step) % mod) for i in range(n)]
    xs.sort()
    ok = all(not (b.v < a.v) for a, b in zip(xs, xs[1:]))
    h = 0
    for a, b in calls:
        h = (h * 31 + a * 7 + b) % 1000000007
    print("n=%d" % n, ok, len(calls), h)
    calls.clear()

digest(70, 37, 101)
digest(300, 7919, 1009)
digest(1000, 7, 1000)          # long ascending runs: galloping
digest(1000, 997, 53)          # many equal keys
digest(2000, 1, 2000)

pairs = [(K(2), "b"), (K(1), "z"), (K(2), "a"), (K(1), "y")]
pairs.sort()
print(pairs, " ".join("%s<%s" % c if len(c) == 2 else "%s==%s" % c[1:] for c in calls))
calls.clear()

words = ["pear", "fig", "apple", "kiwi"]
print(sorted(words, key=lambda w: (print("key", w), len(w))[1]))

class NI:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  lt", self.v, other.v)
        return NotImplemented if self.v == 0 else self.v < other.v
    def __gt__(self, other):
        print("  gt", self.v, other.v)
        return self.v > other.v
print([x.v for x in sorted([NI(1), NI(0), NI(2)])])

import sys
lst = [3, 1, 2]
def peek(x):
    print("during the sort the list has", len(lst), "items, size", sys.getsizeof(lst))
    return x
lst.sort(key=peek)
print(lst)

class Grow:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        grow_list.append(0)
        return self.v < other.v
grow_list = [Grow(2), Grow(1)]
try:
    grow_list.sort()
except ValueError as e:
    print("ValueError:", e, [g.v for g in grow_list])

class Fail:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if len(calls) == 150:
            raise RuntimeError("comparison %d failed" % len(calls))
        calls.append(0)
        return self.v < other.v
fs = [Fail((i * 31) % 97) for i in range(97)]
try:
    fs.sort()
except RuntimeError as e:
    print(e, sorted(f.v for f in fs) == list(range(97)))
calls.clear()
