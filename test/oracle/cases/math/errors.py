# math's errors: domain and range errors, negative factorials, non-numbers, conversions to int.
import math, sys
for f, a in [(math.sqrt, -1), (math.log, 0), (math.log, -2.5), (math.exp, 1000), (math.factorial, -1), (math.factorial, 2.5),
             (math.isqrt, -4), (math.sqrt, "nine"), (math.floor, math.inf), (math.floor, math.nan), (math.gcd, 2.0),
             (math.sin, math.inf), (math.log10, 0), (math.floor, "x"), (math.trunc, "x"), (math.sqrt, 10**400)]:
    try:
        print(f.__name__, f(a))
    except (ValueError, TypeError, OverflowError) as ex:
        print(f.__name__, type(ex).__name__, ex)
for call in [lambda: math.pow(0, -1), lambda: math.pow(-8, 1/3), lambda: math.pow(10, 400), lambda: math.comb(-1, 2),
             lambda: math.comb(5, -1), lambda: math.perm(-1), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.log(10, 1),
             lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([math.inf, -math.inf])]:
    try:
        print(call())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as ex:
        print(type(ex).__name__, ex)
x = 12345.678
r = math.floor(x)
print(r, sys.getrefcount(x), math.sqrt(x), [math.sqrt(i) for i in range(1, 8)])
x = 12345.678
r = math.floor(x)
big = 10**30
print(r, sys.getrefcount(x), sys.getrefcount(big), math.floor(big) is big, math.ceil(big) is big, math.trunc(big) is big)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __float__(self):
        return self.cents / 100
    def __floor__(self):
        return self.cents // 100
print(math.sqrt(Money(400)), math.floor(Money(1999)), math.ceil(Money(1999)))
