# One-character strings: chr(), indexing and splitting give the Latin-1 singleton; a one-character
# identifier literal ('a') is an interned code constant, which before 3.13 can be another object (the
# string a deep-frozen module interned at startup) for some letters; 'abc'[0] is folded into a constant.
import sys
A, E, H, S, Z, PLUS, E_ACUTE, UNDER, Q = "a", "e", "h", "s", "z", "+", "é", "_", "q"
a = chr(97)
print(sys.intern(a) is A, sys.intern(a) is a, "abc"[0] is A, "a b".split()[0] is A, "xa"[1] is a, str(a) is a)
print({"a": 1}.popitem()[0] is A, list(dict(a=1))[0] is A, getattr(type("T", (), {"a": 1}), chr(97)))
s = "hello"
print(s[0] is H, s[1] is E, H is chr(104), [k for k in globals() if k == "s"][0] is S)
print(Z is chr(122), PLUS is chr(43), E_ACUTE is chr(233), UNDER is "__"[0], Q is "qq"[1])
print([c for c in "abcxyz_" if c is not chr(ord(c))] == [c for c in "abcxyz_" if c is not c[:]])
