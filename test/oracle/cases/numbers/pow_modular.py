# pow(base, exp, mod): modular exponentiation, a negative exponent through the base's inverse, the
# modulus's sign, and the errors.
print(pow(2, 10, 1000), pow(3, 200, 7), pow(2, 3, -5), pow(5, 0, 1), pow(-2, 3, 7))
print(pow(2, -1, 5), pow(3, -2, 7), pow(38, -1, 97), pow(base=2, exp=5), pow(2, 5, mod=3))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3, "5"), (1j, 2, 3)]:
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for a, b in [(7, 2), (-7, 2), (7.5, -2), (7, 0), (7.0, 0), ("a", 1)]:
    try:
        print(divmod(a, b))
    except (ZeroDivisionError, TypeError) as e:
        print((a, b), type(e).__name__, e)
