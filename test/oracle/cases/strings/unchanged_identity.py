# Methods that change nothing return the exact str (or bytes) itself, so its count goes up by one.
import sys
s = 'hello world'
base = sys.getrefcount(s)
kept = [s.strip(), s.lstrip('q'), s.replace('z', 'y'), s.replace('l', 'L', 0), s.ljust(3), s.center(11),
        s.zfill(3), s.expandtabs(), s.removeprefix('q'), s.removesuffix('q'), s.format(), s % ()]
print([k is s for k in kept], sys.getrefcount(s) - base)
print(s.partition('z')[0] is s, s.rpartition('z')[2] is s, s.split('z')[0] is s, s.splitlines()[0] is s)
print('-'.join([s]) is s, '{}'.format(s) is s, ('%s' % s) is s, format(s) is s)
print(s.upper() is s, s.lower() is s, s.title() is s, s.translate({}) is s, s.casefold() is s)
class S(str):
    pass
t = S('hello world')
print(type(t.strip()).__name__, t.strip() is t, type(t.replace('z', 'y')).__name__)
b = b'hello world'
base = sys.getrefcount(b)
kept = [b.strip(), b.replace(b'z', b'y'), b.ljust(2), b.removeprefix(b'q'), b.split(b'z')[0], b''.join([b]), b.translate(None)]
print([k is b for k in kept], sys.getrefcount(b) - base, b.lower() is b, b.expandtabs() is b)
ba = bytearray(b'x')
print(ba.strip() is ba, type(ba.strip()).__name__)
