# oracle: requires numpy
# numpy's layout of larger arrays: line wrapping at 75 columns, 2-d rows, summaries past 1000 items.
import numpy as np

print(repr(np.arange(30) * 1000))
print(repr(np.arange(100) / 3))
print(np.arange(100) / 3)
print(repr(np.arange(2000)))
print(repr(np.arange(2000.0) / 7))
print(np.arange(2000.0) / 7)
print(repr(np.ones((40, 40))))
m = np.arange(12).reshape(3, 4)
print(repr(m))
print(m, m.shape)
print(repr(m[1]), m[2, 3])
p = np.array([[1.0, 2.0], [3.0, 4.0]])
print(repr(p.dot(p)), repr(p @ p), np.dot(np.array([1, 2, 3]), np.array([4, 5, 6])))
print(np.dot(np.arange(6.0).reshape(2, 3), np.ones((3, 2))))
print(m.tolist())
