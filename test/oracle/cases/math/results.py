# math: constants, float functions (results as CPython prints them), ints kept ints (floor/ceil
# of floats are ints, floor of an int is that int), integer functions, fsum vs sum, isclose.
import math, sys
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(10**20), math.sqrt(True))
print(math.floor(2.7), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.9), math.floor(7), type(math.floor(2.0)).__name__)
big = 10**30
print(math.floor(big) is big, math.trunc(-3.9), math.trunc(3.9), math.trunc(5))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(), math.gcd(-4, 6), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5))
print(math.factorial(0), math.factorial(5), math.factorial(25))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(2.0, -1), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf))
print(math.fabs(-3), math.fabs(-2.5), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(1000, 10))
print(math.log2(8), math.log2(10), math.log10(1000), math.log10(2), math.log(10**400), math.log2(2**1000), math.log10(10**500))
print(math.exp(1), math.exp(0), math.exp(-1000), math.exp(2.5))
print(math.sin(0), math.sin(math.pi / 2), math.sin(math.pi), math.cos(0), math.cos(math.pi), math.tan(math.pi / 4))
print(math.sin(1), math.cos(1), math.tan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(), math.hypot(5), math.hypot(1, 2, 2))
print(math.isqrt(10), math.isqrt(16), math.isqrt(10**40 + 1), math.comb(5, 2), math.comb(52, 5), math.comb(3, 5), math.perm(5, 2), math.perm(4), math.perm(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 6), start=10), math.prod([2, 3], start=0.5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(1e308), math.isfinite(1e308), math.isfinite(math.nan))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
