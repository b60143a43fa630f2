# Checks float.hex() (13 hex digits after the point; a subnormal starts with 0) and the classmethod
# float.fromhex(): optional 0x, point and p exponent, surrounding whitespace, inf and nan, rounding
# half to even past 53 bits and into the subnormals, overflow, a subclass built from the result.
import math
import sys

values = [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 123456789.125, 6e-320, 5e-324, 2.0 ** -1022,
          sys.float_info.max, float("inf"), float("-inf"), float("nan")]
for v in values:
    text = v.hex()
    back = float.fromhex(text)
    print(f"{v!r:>24} {text:>24} {back == v or (math.isnan(v) and math.isnan(back))}")

texts = ["0x1.8p1", "  -0X.4P+3\n", "ff", "0x1.", "1p-2", "Infinity", "-nan",
         "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.fffffffffffff8p0",
         "0x1p-1075", "0x1.0000001p-1075", "0x3p-1076", "0x1.fffffffffffff8p1023",
         "0x1p1024", "0x1p-100000", "", "0x", "1p", "0x1.2.3", "0x 1", "1_0"]
for text in texts:
    try:
        print(repr(text), repr(float.fromhex(text)))
    except (ValueError, OverflowError) as e:
        print(repr(text), type(e).__name__, e)


class Meters(float):
    def __repr__(self):
        return f"Meters({float.__repr__(self)})"


print(repr(Meters.fromhex("0x1.4p3")), type(Meters.fromhex("0x1p0")).__name__)
print((3.14159).hex() == "0x1.921f9f01b866ep+1", float.fromhex((3.14159).hex()) == 3.14159)
