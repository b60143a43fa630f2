import array

a = array.array('i', range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-1], a[5:2], a[-3:], type(a[1:3]).__name__)

def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: a[10])
attempt(lambda: a[-11])
attempt(lambda: a['x'])
attempt(lambda: a[1:2:0])
attempt(lambda: a.__setitem__(10, 1))
attempt(lambda: a.__setitem__('x', 1))
attempt(lambda: a.__setitem__(slice(0, 2), [1, 2]))
attempt(lambda: a.__setitem__(slice(0, 2), array.array('d', [1.0, 2.0])))
attempt(lambda: a.__setitem__(slice(0, 6, 2), array.array('i', [1])))
attempt(lambda: a.__delitem__(20))

b = array.array('i', range(10))
b[0] = -5
b[-1] = 99
b[1:3] = array.array('i', [7, 7, 7, 7])
print(b)
b[::2] = array.array('i', range(100, 106))
print(b)
del b[::3]
print(b)
del b[0]
del b[1:3]
print(b)
b[:] = b
print(b)
b[2:2] = b
print(b, len(b))

# iteration, in, comparisons
print(list(iter(array.array('h', [1, 2]))), type(iter(a)).__name__, 3 in a, 30 in a, 'x' in a, 3.0 in a)
print(sum(array.array('d', [0.5, 1.5])), sorted(array.array('i', [3, 1, 2])), list(reversed(array.array('i', [1, 2]))))
x, y = array.array('i', [1, 2, 3]), array.array('i', [1, 2, 4])
print(x == y, x != y, x < y, x <= y, x > y, x >= y, x == array.array('i', [1, 2, 3]), x < array.array('i', [1, 2, 3, 0]))
print(array.array('i', [1]) == array.array('d', [1.0]), array.array('i', [1]) < array.array('b', [2]), x == [1, 2, 3])
nan = array.array('d', [float('nan')])
print(nan == nan, nan != nan, nan is nan, array.array('d', [1.0]) == array.array('f', [1.0]))
attempt(lambda: x < [1])
attempt(lambda: hash(x))

# +, *, +=, *=
print(x + y, x * 2, 2 * x, x * 0, x * -1, array.array('d') * 5)
attempt(lambda: x + [1])
attempt(lambda: x + array.array('d'))
attempt(lambda: x * 'x')
attempt(lambda: x * 1.5)
z = x
z += y
print(z is x, x)
z *= 2
print(z is x, x, len(x))
def iadd_list():
    global z
    z += [1]
attempt(iadd_list)
def iadd_other():
    global z
    z += array.array('d', [1.0])
attempt(iadd_other)
