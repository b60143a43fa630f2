# math.fmod, modf, frexp and dist: exact results (C's fmod keeps the dividend's sign, unlike %), signed
# zeros, subnormals, and CPython's errors.
import math
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.fmod(7.5, -2), math.fmod(1e300, 3.7), math.fmod(5, math.inf), math.fmod(-0.0, 1))
print(math.modf(3.25), math.modf(-3.25), math.modf(-3.0), math.modf(0.0), math.modf(-0.0), math.modf(math.inf), math.modf(-math.inf), math.modf(2**60))
print(math.frexp(8), math.frexp(-0.1), math.frexp(1.0), math.frexp(5e-324), math.frexp(2.2250738585072014e-308), math.frexp(1.7976931348623157e308), math.frexp(0.0), math.frexp(-math.inf))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 6, 8)), math.dist((), ()), math.dist(iter([1.5]), [0]))
print(math.modf(math.nan), math.fmod(math.nan, 1), math.frexp(math.nan))
for attempt in (lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 2), lambda: math.fmod(1), lambda: math.modf('1'),
                lambda: math.dist((1, 2), (1,)), lambda: math.dist(1, 2), lambda: math.frexp(10**400)):
    try:
        print(attempt())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
