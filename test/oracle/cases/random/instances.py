# random.Random instances each have their own generator; getstate/setstate replay a stream; a
# subclass that only defines random() gets its integers from random() (__init_subclass__).
import random

a = random.Random(99)
b = random.Random(99)
c = random.Random()
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100))
random.seed(99)
print(random.random() == random.Random(99).random())
state = a.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[2])
x = [a.random() for _ in range(3)]
a.setstate(state)
print(x == [a.random() for _ in range(3)])
a.gauss()
print(a.getstate()[2] is not None)
print(isinstance(a, random.Random), type(a).__mro__[1].__name__, type(a).__mro__[1].__module__)
print(0.0 <= c.random() < 1.0, 0 <= c.getrandbits(10) < 1024)

class Constant(random.Random):
    def random(self):
        return 0.75

k = Constant(1)
print(k.randint(1, 8), k.choice("abcd"), k.uniform(0, 4), k.random())

class Counting(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def getrandbits(self, n):
        self.calls += 1
        return super().getrandbits(n)

n = Counting(4)
print([n.randrange(3) for _ in range(5)], n.calls)
for bad in [(1, (), None), (3, (1, 2), None), (3, tuple([0] * 624 + [625]), None)]:
    try:
        a.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
random.Random([1])
