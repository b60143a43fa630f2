# Without seed(), random is seeded from os.urandom: different on each run, so only properties print.
import random
import os

x = random.random()
print(0.0 <= x < 1.0, 1 <= random.randint(1, 6) <= 6, len(os.urandom(16)), type(os.urandom(0)))
print(len(set(random.getrandbits(64) for _ in range(20))) == 20)
r1 = random.Random()
r2 = random.Random()
print(r1.getstate() != r2.getstate())
random.seed()
print(random.random() != x)
sr = random.SystemRandom()
print(0 <= sr.randrange(10) < 10, 0.0 <= sr.random() < 1.0, len(sr.randbytes(4)))
try:
    sr.getstate()
except NotImplementedError as e:
    print(e)
