# complex(): from numbers and strings, its parts, arithmetic, powers, equality with other numbers.
z = complex(3, 4)
print(z, z.real, z.imag, abs(z), z.conjugate())
print(complex(), complex(2), complex(1.5, -2.5), complex("1+2j"), complex(" (-3.5e1-2J) "), complex("j"), complex("-j"))
print(complex(real=1, imag=2), complex(1j, 1j), complex(True), complex(z) is z)
print(1j * 1j, (1 + 2j) * (3 - 1j), (3 + 4j) / (1 - 2j), 1 / 1j, -(1 + 2j))
print((2j) ** 2, (1 + 1j) ** 2, (1 + 2j) ** -1, (1 + 2j) ** 0.5, 2 ** 1j, 0j ** 0)
print((1 + 0j) == 1, (1 + 0j) == True, 1.5 + 0j == 1.5, 1j == 1, complex(1, 2) == 1 + 2j)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), {1: "one"}[1 + 0j], hash(3 + 4j) == hash(complex(3, 4)))
print(repr(-0j), repr(complex(0.0, -0.0)), repr(complex(-0.0, 1)), repr(complex(1, 1e16)), complex(float("inf"), float("nan")))
for bad in ["1 + 2j", "abc", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for args in [("1", 2), (1, "2"), ([1],), (1, [2])]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError:", e)
for expr in ["(1 + 2j) / 0", "0j ** -1", "(1 + 2j) < (2 + 1j)", "(1 + 2j) // 2", "divmod(1j, 2)"]:
    try:
        eval(expr)
    except (ZeroDivisionError, TypeError) as e:
        print(expr, type(e).__name__, e)
