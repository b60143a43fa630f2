# heapq's errors: argument checks (Argument Clinic), an empty heap, uncomparable items, and a __lt__
# that changes the list while C sifts it.
import heapq

def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", f(*args, **kwargs))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("push tuple", heapq.heappush, (1, 2), 3)
attempt("push None", heapq.heappush, None, 3)
attempt("push one arg", heapq.heappush, [])
attempt("push keyword", heapq.heappush, [], item=1)
attempt("pop empty", heapq.heappop, [])
attempt("pop no arg", heapq.heappop)
attempt("pop two args", heapq.heappop, [1], [2])
attempt("heapify dict", heapq.heapify, {})
attempt("replace empty", heapq.heapreplace, [], 1)
attempt("pushpop empty", heapq.heappushpop, [], "x")
h = [1, 2, 3]
attempt("push str", heapq.heappush, h, "a")
print("the item stays in the list:", h)
attempt("heapify mixed", heapq.heapify, [3, None, 1])

class Grower:
    def __init__(self, heap, rank):
        self.heap, self.rank = heap, rank
    def __lt__(self, other):
        self.heap.append(0)
        return self.rank < other.rank
g = []
g.append(Grower(g, 2))
attempt("push grower", heapq.heappush, g, Grower(g, 1))
print(len(g))

class Emptier:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True
e = []
e.append(Emptier(e))
attempt("pushpop emptier", heapq.heappushpop, e, Emptier(e))

class Boom:
    def __init__(self, rank):
        self.rank = rank
    def __lt__(self, other):
        if self.rank == 3:
            raise ValueError("cannot compare %d" % self.rank)
        return self.rank < other.rank
b = [Boom(1), Boom(3), Boom(5), Boom(4)]
attempt("pop boom", lambda: heapq.heappop(b).rank)
print([x.rank for x in b])
heapq.heappush(b, Boom(3))
