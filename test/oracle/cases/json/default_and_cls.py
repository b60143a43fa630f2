# Teaching json about your own types: default= (called for each object json cannot encode, its result
# encoded in its place), a JSONEncoder subclass passed as cls= that overrides default() and defers to
# super().default(), and the encoder's own attributes.
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def to_json(obj):
    print("  default called for", type(obj).__name__)
    if isinstance(obj, Point):
        return {"x": obj.x, "y": obj.y}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")

print(json.dumps({"points": [Point(1, 2), Point(3, 4)], "ids": {3, 1, 2}}, default=to_json))
try:
    json.dumps([Point(0, 0), 1j], default=to_json)
except TypeError as e:
    print("TypeError:", e)

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps({"origin": Point(0, 0)}, cls=PointEncoder))
print(json.dumps({"origin": Point(0, 0)}, cls=PointEncoder, indent=2, sort_keys=True))
try:
    json.dumps([Point(5, 6), {1, 2}], cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)

encoder = PointEncoder(indent=1, separators=(",", ": "))
print(encoder.encode([Point(7, 8)]))
print(encoder.item_separator, encoder.key_separator, encoder.indent, encoder.sort_keys, encoder.ensure_ascii)
print(json.JSONEncoder().item_separator, json.JSONEncoder(indent=4).item_separator)
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
print(list(json.JSONEncoder(indent=2).iterencode([1, Point(1, 1)] if False else [1, {"b": None}])))
print(json.JSONEncoder().encode("plain string"), json.JSONEncoder(ensure_ascii=False).encode("é"))
