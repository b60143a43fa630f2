# gc.get_referents follows tp_traverse: list/tuple items from last to first, str-keyed dicts give values only, other dicts value then key, atoms have none.
import gc

def show(label, *objs):
    print(f"{label:24}", [r if type(r) in (int, str, float) else type(r).__name__ for r in gc.get_referents(*objs)])

show("list", [1, "two", 3.0, [4]])
show("tuple", tuple([5, (6,), True]))
show("str-keyed dict", {"x": 10, "y": [20]})
show("int-keyed dict", {1: 100, 2: 200})
show("mixed-key dict", {"s": 1, 2: "v"})
show("set", {7})
show("several at once", [1, 2], {3: 4}, (0, 0, 0))
show("int, str, complex", 1, "a", 4j)
show("empty dict", {})

def outer():
    v = [1, 2]
    def inner():
        return v
    return inner

f = outer()
show("closure cell", f.__closure__[0])
show("bound method", [].append)
print("function referents include:", sorted({type(r).__name__ for r in gc.get_referents(f)}))
it = iter([1, 2, 3])
show("list iterator", it)
