# choice: one _randbelow(len(seq)) and an index, for any sequence; an empty one is an IndexError.
import random

random.seed(10)
print([random.choice("abcdef") for _ in range(8)])
print([random.choice([10, 20, 30]) for _ in range(8)])
print(random.choice((None, True)), random.choice(range(1000)), random.choice(["only"]))
for bad in ({'a': 1}, 5, set()):
    try:
        random.choice(bad)
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
random.choice([])
