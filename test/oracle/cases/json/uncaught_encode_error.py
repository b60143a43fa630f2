# An uncaught TypeError from json.dumps with an indent: in 3.11 and 3.12 the Python encoder runs
# (_make_iterencode's generators appear in the traceback); 3.13's C encoder takes an indent, so its
# traceback goes straight from iterencode to JSONEncoder.default.
import json

report = {"title": "totals", "rows": [[1, 2], {"seen": {"a", "b"}}]}
print(json.dumps(report["rows"][0], indent=2))
print(json.dumps(report, indent=2))
