# Checks the tracebacks through pprint.py: a __repr__ that raises inside a nested structure, a sort
# of dict keys whose comparison raises (pprint's _safe_key turns only TypeError into its fallback
# order), shown with pprint.py's lines in each version.
import pprint


class Opaque:
    def __repr__(self):
        raise RuntimeError("repr refused")


class Picky:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        if isinstance(other, Picky):
            raise ValueError("Picky values do not compare")
        return NotImplemented

    def __repr__(self):
        return f"Picky({self.n})"


try:
    pprint.pprint({"items": ["a" * 30, "b" * 30, Opaque()]}, width=20)
except RuntimeError as e:
    print("RuntimeError:", e)

# Unorderable keys of different types fall back to (type name, id): only the order of the types shows.
print(pprint.pformat({1: "int", "s": "str", None: "none"}).count(":"))
pprint.pformat({Picky(1): 1, Picky(2): 2})
