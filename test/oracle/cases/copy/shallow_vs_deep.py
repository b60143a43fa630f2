# copy.copy shares the inner objects (one more reference each); copy.deepcopy copies the
# mutable ones, keeps immutable ones (a tuple of immutables is returned as is) and shared
# references stay shared in the copy.
import copy, sys

inner = [1.5, 2.5]
data = [inner, "hello world", (3, 4)]
print("inner before", sys.getrefcount(inner))
shallow = copy.copy(data)
print(shallow == data, shallow is data, shallow[0] is inner)
print("after copy", sys.getrefcount(inner), sys.getrefcount(data))
deep = copy.deepcopy(data)
print(deep == data, deep[0] is inner, deep[1] is data[1], deep[2] is data[2])
print("after deepcopy", sys.getrefcount(inner), sys.getrefcount(data), sys.getrefcount(deep), sys.getrefcount(deep[0]))

t = (1, 2, "x y")
print("tuple of immutables", copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print("tuple with a list", copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)

a = [1]
a.append(a)
b = copy.deepcopy(a)
print("cycle", b[1] is b, b is not a, sys.getrefcount(b))
shared = [0]
pair = [shared, shared]
c = copy.deepcopy(pair)
print("shared", c[0] is c[1], c[0] is not shared, sys.getrefcount(c[0]), sys.getrefcount(shared))

s = {1, 2, 3}
print("set", copy.copy(s) == s, copy.deepcopy(s) == s, copy.copy(s) is s)
fs = frozenset({1, 2})
print("frozenset", copy.copy(fs) is fs, copy.deepcopy(fs) is fs, copy.deepcopy(fs) == fs)
dd = {"k": [1], "j": {"z": 2}}
e = copy.deepcopy(dd)
print("dict", e, e["k"] is dd["k"], sys.getrefcount(dd["k"]), sys.getrefcount(e["k"]))
ba = bytearray(b"ab")
print("bytearray", copy.copy(ba), copy.deepcopy(ba), copy.copy(ba) is ba)
sl = slice(1, 5)
print("slice", copy.copy(sl) is sl, copy.deepcopy(sl), copy.deepcopy(sl) is sl)
print("atomic", copy.copy(len) is len, copy.deepcopy(len) is len, copy.deepcopy(2.5) == 2.5)
print(copy.Error is copy.error, issubclass(copy.Error, Exception), hasattr(copy, "replace"))
