import functools, itertools

@functools.lru_cache(maxsize=None)
def inverse(x):
    return 1 / x

def check(total, x):
    if x < 0:
        raise ValueError("negative value " + str(x))
    return total + x

print(inverse(4), inverse.cache_info())
try:
    inverse(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, inverse.cache_info())
try:
    functools.reduce(check, [1, 2, -3])
except ValueError as e:
    print("ValueError:", e)
by_two = functools.partial(check, 2)
print(list(itertools.accumulate([1, 2, 3], check)), by_two(5))

def averages(values):
    return list(itertools.starmap(lambda a, b: (a + b) / 2, itertools.pairwise(values)))

print(averages([1, 3, 5]))
print(sum(itertools.accumulate([1, 2, 3], check)), functools.reduce(check, itertools.chain([1], [-1])))
