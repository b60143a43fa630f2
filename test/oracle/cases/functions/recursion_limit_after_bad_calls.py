# Calls whose arguments do not bind raise before their frame runs: thousands of them leave the
# recursion limit where it was.
def f(a):
    return a


for _ in range(3000):
    try:
        f(1, 2)
    except TypeError:
        pass


def depth(n=1):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(depth())
