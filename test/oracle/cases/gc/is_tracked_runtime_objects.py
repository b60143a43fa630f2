# gc.is_tracked for objects a program makes along the way: generators, cells, bound methods, iterators, exceptions, frames, modules' dicts.
import gc

def gen():
    yield 1

def outer():
    x = [1]
    def inner():
        return x
    return inner

class C:
    def method(self):
        return 1

c = C()
items = [
    ("generator", gen()), ("cell", outer().__closure__[0]), ("bound method", c.method),
    ("builtin bound method", [].append), ("list iterator", iter([1])), ("range iterator", iter(range(3))),
    ("dict keys view", {}.keys()), ("exception", ValueError("x")), ("frame", gen().gi_frame),
    ("slice", slice(1, 2)), ("property", property(lambda s: 1)), ("staticmethod", staticmethod(len)),
    ("code object", gen.__code__), ("globals dict", globals()), ("set of ints", {1, 2}),
    ("frozenset of ints", frozenset({1, 2})), ("memoryview", memoryview(b"ab")),
    ("map object", map(str, [])), ("bytes iterator", iter(b"ab")), ("enumerate", enumerate([])),
]
for label, obj in items:
    print(f"{label:24} {gc.is_tracked(obj)}")
