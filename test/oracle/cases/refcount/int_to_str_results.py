# str(), repr(), format() and f-strings of an int build a new string (long_to_decimal_string), even
# for one digit: it is not the shared one-character string, so it has its own small refcount.
# printf-style formatting ends through unicode_result, which does return the shared one.
import sys

s = str(7)
print("str(7):", sys.getrefcount(s))
r = repr(4)
print("repr(4):", sys.getrefcount(r))
f = f"{3}"
print("f-string:", sys.getrefcount(f))
g = format(9)
print("format(9):", sys.getrefcount(g))
print("str(5) is str(5):", str(5) is str(5))
print("f'{5}' is str(5):", f"{5}" is str(5))
five = "5"
print("str(5) is '5':", str(5) is five, str(5) == five)
p = "%d" % 5
q = "%d" % 5
print("printf-style shares it:", p is q, p is five)
print("str of a str is itself:", str(five) is five)
print("two digits:", sys.getrefcount(str(12)))
