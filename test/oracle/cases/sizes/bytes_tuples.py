# sys.getsizeof for bytes (header + 1 byte each + NUL), bytearray (over-allocated buffer) and tuples (header + 8 bytes per item, + GC header).
import sys

for n in (0, 1, 10, 100):
    print(f"bytes len {n:3}: {sys.getsizeof(b'x' * n)}")
for n in (0, 1, 10, 100):
    print(f"bytearray len {n:3}: {sys.getsizeof(bytearray(b'x' * n))}")
ba = bytearray()
sizes = []
for i in range(20):
    ba.append(i)
    sizes.append(sys.getsizeof(ba))
print("bytearray appends:", sizes)
print("empty tuple:", sys.getsizeof(()))
for n in (1, 2, 3, 10):
    print(f"tuple len {n:2}: {sys.getsizeof(tuple(range(n)))}")
print("tuple of big objects, same size:", sys.getsizeof(("a" * 1000, [0] * 1000)) == sys.getsizeof((1, 2)))
