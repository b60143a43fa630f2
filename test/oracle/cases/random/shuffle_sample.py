# shuffle swaps in place from the end; sample picks from a pool list (small populations) or
# rejects repeats through a set (large ones); counts expands repeated items.
import random
import sys

random.seed(3)
cards = list(range(1, 11))
random.shuffle(cards)
print(cards)
names = ["ana", "bo", "cy", "dee"]
before = sys.getrefcount(names)
random.shuffle(names)
print(names, sys.getrefcount(names) - before)
empty = []
random.shuffle(empty)
print(empty)

print(random.sample(range(100), 10))
print(random.sample("abcdefgh", 3), random.sample([1, 2, 3], 0))
print(random.sample(range(10**9), 5))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
pop = list(range(30))
s = random.sample(pop, 30)
print(sorted(s) == pop, s[:5])
for call in ["random.sample([1, 2], 3)", "random.sample([1, 2], -1)", "random.sample({1, 2, 3}, 2)",
             "random.sample([1, 2], 1, counts=[1])", "random.shuffle((1, 2, 3))"]:
    try:
        eval(call)
    except (ValueError, TypeError) as e:
        print(call, '->', type(e).__name__, e)
random.sample({'a': 1, 'b': 2}, 1)
