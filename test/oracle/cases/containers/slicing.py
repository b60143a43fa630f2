a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-2:], a[::2], a[1::3], a[::-1], a[8:2:-2])
b = a[:]
b[0] = 'changed'
print(a[0], b[0])
a[1:3] = []
print(a)
a[:0] = [-1, -2]
print(a)
del a[::2]
print(a)
s = 'slicing'
print(s[1:4], s[-3:], s[::-1], s[100:], s[-100:2])
