# seq * n and list *= n: `*=` changes the list itself (the items gain references, n < 1 clears it),
# and the repeat count's errors: a count past an index-sized int, a result too long for str, bytes
# and the containers.
import sys

a = [1]
b = a
a *= 3
print(a, b, a is b)

x = ['shared']
holder = [x]
print(sys.getrefcount(x))
holder *= 4
print(sys.getrefcount(x), len(holder))
holder *= 0
print(sys.getrefcount(x), holder)

class L(list):
    pass

l = L([1, 2])
m = l
l *= 2
print(l, m is l, type(l).__name__)

t = (1, 2)
u = t
t *= 2
print(t, u, t is u)

for expr in ["[1] * (10 ** 20)", "(10 ** 20) * [1]", "[1, 2] * (2 ** 61)", "(1,) * (2 ** 62)",
             "'ab' * (2 ** 62)", "b'ab' * (2 ** 62)", "'x' * -3", "[] * (2 ** 62)", "'' * (2 ** 62)"]:
    try:
        r = eval(expr)
        print(expr, '->', repr(r))
    except (OverflowError, MemoryError) as e:
        print(expr, '->', type(e).__name__, e)

z = [1]
try:
    z *= 10 ** 20
except OverflowError as e:
    print('OverflowError', e)
print(z)
