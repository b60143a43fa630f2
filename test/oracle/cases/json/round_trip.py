# json.dumps and json.loads round trips: what each Python type becomes (tuples turn into lists, non-str
# keys into strings), float reprs, big ints, and that loads(dumps(x)) == x only when x was JSON-shaped.
import json

data = {"name": "Ada Lovelace", "born": 1815, "ratio": 0.1 + 0.2, "tags": ("math", "poetry"),
        "nested": {"ok": True, "missing": None, "empty": [], "also empty": {}}}
text = json.dumps(data)
print(text)
back = json.loads(text)
print(back)
print("equal after the round trip:", back == data)
print("tags became a", type(back["tags"]).__name__)

keys = {1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}
print(json.dumps(keys))
print(json.loads(json.dumps(keys)))

for value in [0, -7, 10**30, 1.0, -0.0, 1e16, 1e-7, 123456.789, 1 / 3, float("inf"), float("nan"), True, None, "text"]:
    print(repr(value), "->", json.dumps(value))

print(json.loads("12345678901234567890123"), json.loads("-0"), json.loads("1E3"), json.loads("2.50e-3"))
print(json.loads("[1, 2.0, 3e0]"), [type(v).__name__ for v in json.loads("[1, 2.0, 3e0]")])
print(json.loads("[NaN, Infinity, -Infinity]"))
