# getrandbits(k) for k from 0 to 100: 32-bit words from the least significant, the last one's low bits
# dropped; random() is 27 + 26 bits of two words.
import random

r = random.Random(123)
for k in range(0, 101):
    print(k, r.getrandbits(k))
print(r.random(), r.randbytes(9))
for bad in (-1, 2.0, "3"):
    try:
        r.getrandbits(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
r.getrandbits(-5)
