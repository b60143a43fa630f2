# An uncaught JSONDecodeError: the traceback goes through json/__init__.py's loads and decoder.py's
# decode and raw_decode, at CPython's lines, and ends with the exception's dotted name json.decoder.JSONDecodeError.
import json

config = '{"debug": true, "level": 3,}'
print("parsing", config)
settings = json.loads(config)
print("not reached", settings)
