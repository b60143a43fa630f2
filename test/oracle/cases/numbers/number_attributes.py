# The numeric tower's attributes: an int or a float is its own real part; a bool's is an int.
n = 12345678901
x = 2.5
print(n.real is n, n.imag, n.numerator is n, n.denominator, n.conjugate() is n, n.as_integer_ratio())
print(x.real is x, x.imag, x.conjugate() is x, x.as_integer_ratio(), x.is_integer(), (4.0).is_integer())
print(True.real, type(True.real).__name__, True.imag, False.numerator, True.denominator, True.conjugate(), type(True.conjugate()).__name__)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (12).bit_count())
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 * 1.5
except OverflowError as e:
    print("OverflowError:", e)
