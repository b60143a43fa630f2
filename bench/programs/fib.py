# Recursive calls: frames, argument passing, small-int arithmetic. fib(22) is 57,313 calls.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

for _ in range(50):
    result = fib(22)
print(result)
