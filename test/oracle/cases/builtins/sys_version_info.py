# sys.version_info is a struct sequence: a 5-tuple whose items are also attributes, with a repr that
# names them (only the version-independent parts are printed here).
import sys
v = sys.version_info
print(len(v), v.major, v[0] == v.major, v.releaselevel, v.serial, v[:2] == (v.major, v.minor), v >= (3, 8), v < (4,))
print(type(v), type(v).__name__, isinstance(v, tuple), type(v[:2]))
print(repr(v).startswith('sys.version_info(major=3, minor='), repr(v).endswith(", releaselevel='final', serial=0)"))
major, minor, *rest = v
print(major, rest[-2:], tuple(v)[3:], v == tuple(v), f'{v.major}.{v.minor}' == '.'.join(map(str, v[:2])))
try:
    v.major = 4
except AttributeError as e:
    print(type(e).__name__)
