# A set holds one reference per element; adding the same element twice stores it once.
import sys

class Token:
    pass

tok = Token()
s = {tok}
print("tok in a set:", sys.getrefcount(tok))
s.add(tok)
print("added again:", sys.getrefcount(tok), "len:", len(s))
fs = frozenset(s)
print("also in a frozenset:", sys.getrefcount(tok))
s.discard(tok)
print("discarded:", sys.getrefcount(tok), "len:", len(s))
del fs
print("frozenset gone:", sys.getrefcount(tok))
