# Weakref equality and hash: live refs compare (and hash) like their referents; dead refs are equal only to themselves; hashing a ref first time after death fails.
import weakref

class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __hash__(self):
        return hash(self.v)

a, b, c = Key(1), Key(1), Key(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print("ra == rb (equal referents):", ra == rb, "ra == rc:", ra == rc, "ra is rb:", ra is rb)
print("hash(ra) == hash(a):", hash(ra) == hash(a), hash(ra))
print("ra == a (a ref is not its referent):", ra == a)
hashed = weakref.ref(c, lambda r: None)
print("hash before death:", hash(hashed))
del a, b, c
print("dead refs: ra == rb:", ra == rb, "ra == ra:", ra == ra, "ra != rb:", ra != rb)
print("hash still remembered:", hash(ra), hash(hashed))
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
try:
    ra < rb
except TypeError as e:
    print("TypeError:", e)
print("dead refs hashed earlier still go in a set:", len({ra, hashed}))
