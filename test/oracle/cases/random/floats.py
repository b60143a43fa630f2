# The float methods: uniform, triangular, normalvariate, gauss (pairs: the second value is kept for
# the next call), expovariate, lognormvariate, betavariate, printed with repr's 17 digits.
import random

random.seed(2)
print([random.random() for _ in range(3)])
print(random.uniform(1, 5), random.uniform(10, -10), random.uniform(0.5, 0.5))
print(random.triangular(), random.triangular(0, 10, 2), random.triangular(3, 3))
print([random.normalvariate(100, 15) for _ in range(4)])
print([random.gauss(0, 1) for _ in range(4)])
print(random.gauss(10, 2), random.gauss())
print(random.expovariate(0.5), random.lognormvariate(0, 0.5), random.betavariate(2, 5))
print(round(sum(random.random() for _ in range(1000)) / 1000, 2))
random.uniform("a", 1)
