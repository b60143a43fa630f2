# oracle: requires numpy
# The simulated numpy subset prints what numpy 2 prints: reprs, dtypes, shapes, arithmetic, reductions.
import numpy as np

a = np.array([1, 2, 3])
f = np.array([0.5, 2.0, 1.41421356237])
print(a, repr(a), a.dtype, a.shape, a.ndim, a.size, len(a))
print(repr(f), f)
print(repr(np.zeros(3)), repr(np.ones((2, 3))))
print(np.ones((2, 3), dtype=int))
print(repr(a + 1), repr(a * 2.5), repr(a / 2), repr(f - f), repr(-a), repr(2 - a))
x = np.arange(10)
print(repr(x ** 2), repr(x // 3), repr(1 / (x + 1)))
print(repr(np.sqrt(np.arange(10))))
print(repr(np.exp(np.array([0.0, 1.0]))), repr(np.abs(np.array([-2, 3]))))
print(a.sum(), repr(a.sum()), f.sum(), repr(f.mean()), np.sum([1.5, 2.5]), x.max(), x.min())
print(repr(np.arange(0.0, 1.0, 0.1)), np.arange(0.0, 1.0, 0.1).sum())
print(repr(np.array([1e-5, 1.0])), repr(np.array([1.5e10, 2.0])), repr(np.array([0.1 + 0.2, 1 / 3])))
print(repr(np.array([1.0, float("nan"), float("inf")])))
print(a[0], repr(a[-1]), list(a), a.tolist(), repr(np.array([1.7, -2.7]).astype(int)))
print(np.array([1.0]).dtype == np.float64, a.dtype == np.int64, type(a).__name__)
try:
    a + np.arange(4)
except ValueError as e:
    print(e)
try:
    a[5]
except IndexError as e:
    print(e)
print(repr(np.array([], dtype=float)))
print(np.pi, np.e, np.inf, np.nan, repr(np.sqrt(np.array([np.pi]))))
