s = slice(1, 5, 2)
data = list(range(10))
print(data[s], data[1:5:2], s.start, s.stop, s.step)
print(data[::-1], data[-3:], data[:-7], data[100:])
print(data[::3], 'abcdef'[::2], 'abcdef'[-1::-2])
data[2:5] = ['x']
print(data)
data[::2] = [0] * len(data[::2])
print(data)
