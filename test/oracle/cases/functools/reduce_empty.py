import functools, operator, sys

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda acc, x: acc * 10 + x, [4, 2, 7], 0))
print(functools.reduce(operator.add, [], "initial only"))
print(functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda a, b: a + [b], "abc", []))

start = ["the initial list"]
def probe(acc, x):
    # reduce's argument tuple holds acc and x while the function runs
    print("in probe", x, sys.getrefcount(acc))
    return acc
result = functools.reduce(probe, [1, 2], start)
print(result is start, sys.getrefcount(start))
try:
    functools.reduce(operator.add, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    functools.reduce(operator.add)
except TypeError as e:
    print("TypeError:", e)
total = functools.reduce(operator.add, [])
