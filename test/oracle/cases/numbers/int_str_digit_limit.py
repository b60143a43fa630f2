# str(), repr() and print() of an int past 4300 digits raise ValueError (CPython 3.11's limit on
# int-to-decimal conversion, sys.int_info.default_max_str_digits); hex() and bit_length() do not.
import math
x = 10**4299
print(len(str(x)), len(repr(-x)), x.bit_length())
big = math.factorial(2000)
print(len(hex(big)), big % 1000007)
for attempt in (lambda: str(10**4300), lambda: repr(-10**4300), lambda: print(big), lambda: f'{big}',
                lambda: '%d' % big, lambda: str([big]), lambda: int('1' * 4301)):
    try:
        attempt()
    except ValueError as e:
        print(e)
print(big)
