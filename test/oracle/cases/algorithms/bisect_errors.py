# bisect's argument errors (Argument Clinic's messages; 3.13 words an unknown keyword differently),
# and sequences it cannot search (3.12+ find out before the first probe).
import bisect

def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", f(*args, **kwargs))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

a = [1, 3, 5]
attempt("lo negative", bisect.bisect_left, a, 3, -1)
attempt("lo negative keyword", bisect.insort_right, a, 3, lo=-2)
attempt("no x", bisect.bisect_left, a)
attempt("nothing", bisect.bisect_right)
attempt("x by keyword only", bisect.bisect_left, x=1)
attempt("five positional", bisect.bisect_left, a, 3, 0, 3, None)
attempt("six arguments", bisect.bisect_left, a, 3, 0, 3, None, 1)
attempt("six keywords", bisect.bisect_left, a=a, x=3, lo=0, hi=3, key=None, foo=1)
attempt("twice", bisect.bisect_left, a, 3, x=4)
attempt("unknown keyword", bisect.bisect_right, a, 3, ky=len)
attempt("other keyword", bisect.insort, a, 3, foo=1)
attempt("lo str", bisect.bisect_left, a, 3, "0")
attempt("lo None", bisect.bisect_left, a, 3, lo=None)
attempt("lo float", bisect.bisect_left, a, 3, 1.0)
attempt("hi float", bisect.bisect_left, a, 3, hi=2.0)
attempt("hi str", bisect.bisect_left, a, 3, 0, "3")
attempt("lo huge", bisect.bisect_left, a, 3, 2 ** 70)
attempt("hi huge", bisect.bisect_left, a, 3, 0, 2 ** 70)
attempt("hi past end", bisect.bisect_left, a, 3, 0, 10)
attempt("key not callable", bisect.bisect_left, a, 3, key=5)
attempt("insort key not callable", bisect.insort_left, a, 3, key=5)
attempt("uncomparable", bisect.bisect_left, a, "3")
attempt("int", bisect.bisect, 5, 1)
attempt("dict", bisect.bisect, {1: 2}, 1)
attempt("dict empty range", bisect.bisect, {1: 2}, 1, 0, 0)
attempt("set", bisect.bisect, {1, 2}, 1)
attempt("set empty range", bisect.bisect, {1, 2}, 1, 0, 0)

class OnlyLen:
    def __len__(self):
        return 3
attempt("only len", bisect.bisect_left, OnlyLen(), 1)
attempt("only len empty range", bisect.bisect_left, OnlyLen(), 1, 2, 2)

class OnlyItems:
    def __getitem__(self, i):
        return i
attempt("no len", bisect.bisect_left, OnlyItems(), 1)
attempt("no len with hi", bisect.bisect_left, OnlyItems(), 3, 0, 10)

class Index:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        print("  index", self.n)
        return self.n
attempt("index objects", bisect.bisect_left, [0, 1, 2, 3, 4], 3, Index(1), Index(4))
attempt("tuple insort", bisect.insort, (1, 2), 3)
