# Slices as keys: unhashable in 3.11 ("unhashable type: 'slice'"), hashed like their start, stop
# and step from 3.12 on (equal slices are one key); hash(None) is a constant from 3.12 on.
import sys

d = {1: 2}
tests = [lambda: d[1:2], lambda: hash(slice(1, 2)), lambda: hash(slice(None, -1, 2)),
         lambda: {slice(1, 2): 3}[slice(1, 2)], lambda: slice(1, 2) in d,
         lambda: len({slice(1, 2), slice(1, 2), slice(2)}), lambda: hash(slice((1, 2), 3.5))]
for t in tests:
    try:
        print(t())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
if sys.version_info >= (3, 12):
    print(hash(None))
