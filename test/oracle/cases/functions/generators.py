import sys

def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("done")

for x in countdown(3):
    print(x)

gen = countdown(2)
print("generator object refs:", sys.getrefcount(gen))
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("StopIteration")

def squares():
    yield from (i * i for i in range(4))
    return 'finished'

print(list(squares()))
print(sum(x for x in range(101)))
