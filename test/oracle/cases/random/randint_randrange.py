# randint and randrange: _randbelow draws getrandbits(n.bit_length()) until below n.
import random

random.seed(5)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-10, 10) for _ in range(10)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(50, 0, -3) for _ in range(10)])
print(random.randint(10**30, 10**31), random.randrange(2**100))
print(random.randint(7, 7), random.randrange(1), random.randrange(True, 5))

for call in ["random.randint(5, 1)", "random.randrange(0)", "random.randrange(-3)", "random.randrange(1, 10, 0)",
             "random.randrange(10, 1, 2)", "random.randrange(3, 3)", "random.randrange(5, step=2)"]:
    try:
        eval(call)
    except (ValueError, TypeError) as e:
        print(call, '->', type(e).__name__, e)

random.randint(10, 1)
