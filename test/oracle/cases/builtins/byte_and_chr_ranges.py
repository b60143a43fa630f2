# Range checks on byte values and code points: `int in bytes` refuses a value outside 0..255
# (ValueError), chr() refuses one past 0x10ffff, and up to 3.12 an int past a C int is an
# OverflowError first (3.13's chr takes any int).
for e in ["300 in b'abc'", "-1 in bytearray(b'a')", "97 in b'abc'", "(2 ** 70) in b'a'", "True in b'\\x01'",
          "chr(10 ** 20)", "chr(2 ** 31)", "chr(-2 ** 40)", "chr(2 ** 31 - 1)", "chr(-1)", "chr(0x110000)", "chr(0x10ffff) == '\\U0010ffff'"]:
    try:
        print(e, '->', eval(e))
    except (ValueError, OverflowError) as x:
        print(e, '->', type(x).__name__, x)
