# The string module: its constants, capwords (a traceback through Lib/string.py), import *, a Caesar shift.
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation)
print(repr(string.printable))
print(string.capwords(' hello   wORLD  '), string.capwords('a-b-c', '-'))
print(sorted(n for n in dir(string) if not n.startswith('_')))
from string import *
print(ascii_uppercase[:5])
alphabet = string.ascii_lowercase
shift = 3
print(''.join(alphabet[(alphabet.index(c) + shift) % 26] if c in alphabet else c for c in 'hello, world'))
string.capwords(42)
