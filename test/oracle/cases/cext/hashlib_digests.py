# hashlib's digests are exact: several algorithms, incremental updates, copies, hashlib.new.
import hashlib

print(hashlib.md5(b"hello").hexdigest())
print(hashlib.sha1(b"hello").hexdigest())
print(hashlib.sha224(b"hello").hexdigest())
print(hashlib.sha256(b"hello").hexdigest())
print(hashlib.sha384(b"hello").hexdigest())
print(hashlib.sha512(b"hello").hexdigest())
print(hashlib.sha3_256(b"hello").hexdigest())
print(hashlib.sha256().hexdigest())

h = hashlib.sha256()
h.update(b"hello ")
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest())
print(h.digest()[:8], len(h.digest()))
c = h.copy()
c.update(b"!")
print(c.hexdigest() != h.hexdigest(), h.hexdigest() == hashlib.sha256(b"hello world").hexdigest())

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_512"]:
    h = hashlib.new(name, b"abc")
    print(h.name, h.digest_size, h.block_size, h.hexdigest()[:16])
print(hashlib.new("SHA256").name, hashlib.new("md5", data=b"x").hexdigest())
print(hashlib.sha256(string=b"abc").hexdigest()[:16])

# Large inputs (>= 2048 bytes release the GIL in CPython): the same digests.
big = bytes(range(256)) * 64
print(len(big), hashlib.sha256(big).hexdigest())
h = hashlib.md5()
for i in range(0, len(big), 1000):
    h.update(big[i:i + 1000])
print(h.hexdigest() == hashlib.md5(big).hexdigest())
print(hashlib.sha1(bytearray(big)).hexdigest(), hashlib.sha512(memoryview(big)).hexdigest()[:32])
print(type(h).__name__, type(h).__module__)
print(sorted(hashlib.algorithms_guaranteed))
