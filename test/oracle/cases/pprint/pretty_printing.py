# Checks pprint's layout: nested lists wrapped at the width, sorted dict keys (or insertion order),
# indent/compact/depth, long strings and bytes split into chunks, and the special cases for
# OrderedDict, defaultdict, Counter, deque, SimpleNamespace, mappingproxy, dataclasses and sets;
# saferepr/isreadable/isrecursive and the argument checks.
import collections
import dataclasses
import pprint
import types

shapes = [[[["circle", "square"], "triangle", ["hexagon", "octagon"]], [["pentagon", "star"], "line"]]]
pprint.pprint(shapes, width=32)
inventory = {"widgets": list(range(12)), "gadgets": {"count": 3, "names": ("spanner", "sprocket", "cog")},
             "notes": "handle with care, keep dry and away from curious cats " * 3, "raw": bytes(range(36)),
             "buffer": bytearray(b"0123456789" * 9), "empty": [], "one": (1,), 7: None}
del inventory[7]
pprint.pprint(inventory)
pprint.pprint(inventory, width=50, indent=3, compact=True, sort_dicts=False)
pprint.pp(inventory, depth=1)
print(pprint.pformat(list(range(35)), width=40, compact=True))

pprint.pprint(collections.OrderedDict((f"key{i:02}", i * i) for i in range(9)))
pprint.pprint(collections.defaultdict(list, {f"group-{i}": list(range(i * 3)) for i in range(4)}))
pprint.pprint(collections.Counter("mississippi river banks" * 4), width=30)
pprint.pprint(collections.deque(range(25), maxlen=30), width=32)
pprint.pprint(types.SimpleNamespace(name="config", values=list(range(20)), flags={"debug": True}))
pprint.pprint(types.MappingProxyType({f"k{i}": "v" * 12 for i in range(6)}))
pprint.pprint(frozenset(range(40)), width=50)


@dataclasses.dataclass
class Task:
    title: str
    done: bool = False
    steps: list = dataclasses.field(default_factory=lambda: ["plan it out", "write the code", "test it well"])


pprint.pprint([Task("tidy the shed"), Task("water plants", True)], width=48)
pprint.pprint(2 ** 70, underscore_numbers=True)
pprint.pprint(["first line\nsecond line\n" * 4], width=30)

loop = [1, 2]
loop.append(loop)
print(pprint.saferepr({"a": [1, 2]}), pprint.isreadable([1, object()]), pprint.isrecursive(loop))
print(pprint.isreadable({"x": (1, 2.5, "s", b"b", None)}), pprint.PrettyPrinter().isrecursive(loop))
for options in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**options)
    except ValueError as e:
        print("ValueError:", e)
