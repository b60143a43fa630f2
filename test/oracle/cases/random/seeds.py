# random.seed: an int by its absolute value's 32-bit words, a str/bytes/bytearray through sha512
# (version 2), version 1's old str hash, a float by its hash; the same seed, the same numbers.
import random

for seed in [0, 1, -1, 42, 2**32 - 1, 2**32, -(2**100) - 7, 12345678901234567890123, True]:
    random.seed(seed)
    print(seed, random.random(), random.random(), random.getrandbits(32))

for seed in ["hello", b"hello", bytearray(b"hello"), "", "héllo wörld", 3.5, -2.5, 1e300]:
    random.seed(seed)
    print(repr(seed), random.random())

random.seed("hello", version=1)
print(random.random())
random.seed(b"hi", 1)
print(random.random())

random.seed(7)
first = [random.random() for _ in range(3)]
random.seed(7)
print(first == [random.random() for _ in range(3)])
random.seed(-7)
print(first == [random.random() for _ in range(3)])

# 700 draws cross a regeneration of the Mersenne Twister's 624 words.
random.seed(2024)
values = [random.getrandbits(32) for _ in range(700)]
print(values[0], values[623], values[624], values[699], sum(values))

try:
    random.seed([1, 2])
except TypeError as e:
    print(e)
