# The TypeErrors of `*` with a sequence: the left operand's repeat is tried, then the right one's,
# and a count that is not an int is "can't multiply sequence by non-int" naming its type; a negative
# float's fractional power is the complex power (_Py_c_pow with glibc's correctly rounded pow).
for e in ["b'a' * b'b'", "{1: 2} * b'x'", "2.5 * [1]", "[1] * 2.5", "'a' * 'b'", "(1,) * None", "None * 'a'",
          "bytearray(b'a') * 1.0", "x = [1]; x *= 1.5", "x = 'a'; x *= 'b'", "x = 1.5; x *= [1]", "{1} * 2", "1j * 'a'"]:
    try:
        exec(e)
    except TypeError as x:
        print(e, '->', x)
print((-3.5) ** (1 / 3), (-2.0) ** 0.5, (-8) ** (1 / 3), (-1e10) ** 0.25)
