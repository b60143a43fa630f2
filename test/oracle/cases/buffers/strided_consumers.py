# A slice with a step is a strided view: consumers that want one contiguous block refuse it, each in its
# own words; those that take any buffer (bytes(), slice assignment) read its items in order.
import hashlib

s = memoryview(bytearray(b"abcdef"))[::2]
print(s.contiguous, s.tobytes())
for expression in ['bytes(s)', 'bytearray(s)', 'b"x" + s', 'bytearray(b"x") + s', 'b"-".join([s])',
                   'int(memoryview(b"1 2")[::2])', 'float(memoryview(b"1 2")[::2])', 's == b"ace"', 'b"ace" == s',
                   'memoryview(s).tobytes()', 'b"x" + s[:1]', 'int(memoryview(b"12")[:1])', 'hashlib.sha256(s)']:
    try:
        print(expression, "->", eval(expression))
    except Exception as e:
        print(expression, "->", type(e).__name__, e)
for statement in ['x = bytearray(b"q"); x += s', 'x = bytearray(b"q"); x.extend(s)', 'x = bytearray(b"qqq"); x[0:3] = s; print(x)',
                  'm = memoryview(bytearray(3)); m[:] = s; print(m.tobytes())', 'x = bytearray(b"q"); x += s[1:2]; print(x)']:
    try:
        exec(statement)
        print(statement, "worked")
    except Exception as e:
        print(statement, "->", type(e).__name__, e)
print(hashlib.sha256(memoryview(b"digest")[1:4]).hexdigest() == hashlib.sha256(b"ige").hexdigest())

v = memoryview(b"bc")
for expression in ['b"%s" % v', 'b"%b" % s', 'v in b"abcd"', 's in b"abcd"', 'memoryview(b"b") in bytearray(b"abc")',
                   'b"\\x01" in b"\\x0b"', 'str(v, "ascii")', 'str(s, "ascii")', 'b"abc".find(v)', 'b"x".join([v, v])']:
    try:
        print(expression, "->", eval(expression))
    except Exception as e:
        print(expression, "->", type(e).__name__, e)
