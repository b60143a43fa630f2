# What json.dumps refuses: objects it cannot serialize (TypeError from JSONEncoder.default), keys that are
# not str/int/float/bool/None (unless skipkeys), NaN and infinities with allow_nan=False, and circular
# references, found through the markers dict (check_circular), with and without an indent.
import json

for value in [{1, 2}, b"bytes", object, 1j, [1, {"k": frozenset()}]]:
    try:
        json.dumps(value)
    except TypeError as e:
        print("TypeError:", e)

try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "tuple key", "kept": 1}, skipkeys=True))

for value in [float("nan"), [float("inf")], {"k": -float("inf")}]:
    print(json.dumps(value))
    try:
        json.dumps(value, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)

loop = [1, 2]
loop.append(loop)
table = {"name": "t"}
table["self"] = table
for value in [loop, table, [table], {"list": loop}]:
    for indent in [None, 2]:
        try:
            json.dumps(value, indent=indent)
        except ValueError as e:
            print("ValueError:", e, "indent", indent)

shared = [1]
print(json.dumps([shared, shared, {"again": shared}]))
print(json.dumps([shared, shared], check_circular=False))
