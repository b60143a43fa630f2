values = [0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 1.5e300 * 1e10, 100.0, 1e22, 123456789.123456789, -0.0, 0.5]
for v in values:
    print(v, repr(v), str(v))
print(float('inf'), -float('inf'), float('nan'))
print(3.0 == 3, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 2) == 0.3)
print(1e300 * 1e300, 2.0 ** 0.5, 10 / 4, 7.0 // 2)
print((0.1).as_integer_ratio()[1] > 0, (2.5).is_integer(), (3.0).is_integer())
