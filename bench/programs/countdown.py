# A bare loop at module level: global load/store, subtraction, truth test.
n = 1_000_000
while n:
    n -= 1
print(n)
