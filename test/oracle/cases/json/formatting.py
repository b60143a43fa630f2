# json.dumps's layout options: indent as a number of spaces or as a string, sort_keys, and separators
# (the compact form and the item separator that indent chooses by default).
import json

record = {"zeta": [1, 2, {"b": None, "a": True}], "alpha": {"inner": [], "x": 1.5}, "mid": "m"}
print(json.dumps(record, indent=2))
print(json.dumps(record, indent="\t", sort_keys=True))
print(json.dumps(record, indent=0))
print(json.dumps(record, separators=(",", ":")))
print(json.dumps(record, sort_keys=True, separators=(";", "=")))
print(json.dumps([[], {}, [[]], [{}]], indent=1))
print(json.dumps(record, indent=3, separators=(", ", ": ")))
print(repr(json.dumps([1, 2], indent=2)))
