# Float results of math's functions over a range of arguments, digit for digit, and sum() of
# floats (3.12+ compensates the rounding errors: sum([0.1] * 10) == 1.0).
import math
print([round(math.sin(i / 10), 12) == math.sin(i / 10) for i in range(3)], [math.log(i) for i in range(1, 12)])
print([math.exp(i / 3) for i in range(-5, 6)], [math.cos(i / 7) for i in range(8)], [math.tan(i / 5) for i in range(6)])
print([math.log10(i) for i in range(1, 30, 3)], [math.log2(i) for i in range(1, 30, 3)], [math.hypot(i, i + 1.5) for i in range(6)])
print(sum([0.1] * 10), sum([0.1] * 10 + [1j]), sum([0.1] * 10 + [2]), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3], 0.5), math.fsum([0.1] * 10))
