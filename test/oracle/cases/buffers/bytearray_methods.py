# The bytearray methods that change its length, without any view: results and CPython's errors.
x = bytearray(b"hello")
x[1:3] = x
print(x)
x[::-1] = b"abcdefgh"
print(x)
del x[::3]
print(x)
x.insert(-100, 65)
x.insert(100, 66)
print(x, x.pop(0), x.pop(-1), x, x.pop(), x)
y = bytearray(b"ab")
y *= 3
print(y)
y += memoryview(b"Z")
print(y, b"q" + memoryview(b"r"), bytearray(b"s") + memoryview(b"t"), bytearray(b"u") + b"v", bytearray(b"w") * 2)
y.extend(range(3))
y.extend(bytearray(b"!"))
y.extend(iter([65, 66]))
print(y)
y.reverse()
y.remove(0)
print(y, y[1:3], y[::2], y[-1])
y.clear()
print(y, len(y))
for expression in ['bytearray().append()', 'bytearray().extend()', 'bytearray().pop(1, 2)', 'bytearray().insert(1)',
                   'bytearray().remove()', 'bytearray().clear(1)', 'bytearray().reverse(1)', 'bytearray(b"a").pop(True)',
                   'bytearray(b"ab").insert(1.0, 2)', 'bytearray(b"a").append(item=1)', 'bytearray(b"a").pop(index=0)',
                   'bytearray().pop()', 'bytearray(b"a").pop(5)', 'bytearray(b"a").remove(5)', 'bytearray(b"a").pop("x")',
                   'bytearray(b"a").insert(0, 300)', 'bytearray(b"a").append(300)', 'bytearray(b"a").append("x")',
                   'bytearray(b"a").extend([1, "x"])', 'bytearray(b"a").extend([300])', 'bytearray(b"a").extend(5)',
                   'bytearray(b"a").extend("ab")', 'b"a" + 1', 'bytearray(b"a") + "s"']:
    try:
        print(expression, "->", eval(expression))
    except Exception as e:
        print(expression, "->", type(e).__name__, e)
for statement in ['z = bytearray(b"a"); z[0:1] = [1, 2]; print(z)', 'z = bytearray(b"abc"); z[0:3:2] = b"x"',
                  'z = bytearray(b"abc"); z[0:1] = 5', 'z = bytearray(b"abc"); z[0:1] = "s"', 'z = bytearray(b"abc"); z += "s"',
                  'z = bytearray(b"abc"); z[0] = "s"', 'z = bytearray(b"abc"); z["k"] = 1', 'z = bytearray(b"abc"); del z[5]',
                  'z = bytearray(b"abc"); del z["k"]', 'z = bytearray(b"abc"); z[0] = 256', 'z = bytearray(b"abc"); print(z[3])']:
    try:
        exec(statement)
        print(statement, "worked")
    except Exception as e:
        print(statement, "->", type(e).__name__, e)
