# Operations CPython answers with the operand itself when nothing would change (an exact type only; a
# subclass's result is a new object of the base type): the count of the operand goes up by one each.
import sys
s = "hello world text"
b = b"bytes here"
t = (1, 2, [3])
fs = frozenset([1, 2])
i = 10 ** 20
f = 2.5
c = 3 + 4j
print("str:", s + "" is s, "" + s is s, s * 1 is s, 1 * s is s, s[:] is s, f"{s}" is s, f"{s:}" is s, f"{s!s}" is s, f"{s!r}" is s)
print("bytes:", b + b"" is b, b"" + b is b, b * 1 is b, b[:] is b, b[0:100] is b, b[::2] is b)
EMPTY = ()
print("tuple:", t + EMPTY is t, EMPTY + t is t, t * 1 is t, t[:] is t, t * 0 == EMPTY)
print("frozenset:", frozenset(fs) is fs, fs.copy() is fs, frozenset(set(fs)) is fs)
print("numbers:", +i is i, abs(i) is i, round(i) is i, round(i, 2) is i, +f is f, abs(f) is f, +c is c)
base = sys.getrefcount(s)
kept = [s + "", s * 1, s[:], f"{s}"]
print("str held four more times:", sys.getrefcount(s) - base)
base = sys.getrefcount(t)
kept2 = [t + (), t * 1, t[:]]
print("tuple held three more times:", sys.getrefcount(t) - base)

class S(str): pass
class T(tuple): pass
class B(bytes): pass
class I(int): pass
ss, tt, bb, ii = S("sub text"), T((1, 2)), B(b"sub bytes"), I(10 ** 20)
for name, r, o in [("S+''", ss + "", ss), ("S*1", ss * 1, ss), ("S[:]", ss[:], ss), ("T+()", tt + (), tt), ("T*1", tt * 1, tt),
                   ("T[:]", tt[:], tt), ("B+b''", bb + b"", bb), ("B[:]", bb[:], bb), ("+I", +ii, ii), ("abs(I)", abs(ii), ii)]:
    print(name, r is o, type(r).__name__, r == o)
print(+True is True, type(+True).__name__, abs(-0.0), abs(-2.5))
