// The simulated numpy: a small subset written for CPython Lens (not numpy's code), whose loops run in
// _numpy_kernels (modules/numpy/kernels.ts) and release the GIL on large arrays as numpy does.
// float64 and int64 arrays of 1 or 2 dimensions: array, arange, zeros, ones, elementwise arithmetic
// with scalars or arrays of the same shape, sqrt/exp/log/sin/cos/abs, sum/min/max/mean, dot and @,
// indexing, len, iteration, tolist, shape/ndim/size/dtype, reprs like numpy 2's. Anything else stops
// the simulation with "not modelled by CPython Lens: numpy.<name>".

export const NUMPY_SOURCE = `
import _numpy_kernels as _k

__version__ = "2.4.6"
pi = 3.141592653589793
e = 2.718281828459045
inf = float("inf")
nan = float("nan")


class dtype:
    def __init__(self, name):
        self.name = name
        self.kind = "f" if name == "float64" else "i"

    def __repr__(self):
        return "dtype('" + self.name + "')"

    def __str__(self):
        return self.name

    def __eq__(self, other):
        return str(self) == str(_dtype_of(other))

    def __hash__(self):
        return hash(self.name)


class float64(float):
    def __repr__(self):
        return "np.float64(" + repr(float(self)) + ")"

    def __str__(self):
        return repr(float(self))


class int64(int):
    def __repr__(self):
        return "np.int64(" + repr(int(self)) + ")"

    def __str__(self):
        return repr(int(self))


_FLOAT = dtype("float64")
_INT = dtype("int64")


def _dtype_of(spec):
    if spec is None:
        return None
    if isinstance(spec, dtype):
        return spec
    if spec is float or spec is float64 or spec == "float64" or spec == "float":
        return _FLOAT
    if spec is int or spec is int64 or spec == "int64" or spec == "int":
        return _INT
    _k.unsupported("dtype " + repr(spec))


def _scalar(kind, value):
    return float64(value) if kind == "f" else int64(value)


class ndarray:
    def __init__(self, buf, shape):
        self._buf = buf
        self.shape = shape
        self.dtype = _FLOAT if _k.kind(buf) == "f" else _INT

    @property
    def ndim(self):
        return len(self.shape)

    @property
    def size(self):
        return _k.size(self._buf)

    def __len__(self):
        if not self.shape:
            raise TypeError("len() of unsized object")
        return self.shape[0]

    def __repr__(self):
        return _k.format(self._buf, self.shape, "repr")

    def __str__(self):
        return _k.format(self._buf, self.shape, "str")

    def __getitem__(self, index):
        if isinstance(index, tuple) and len(index) == 2 and len(self.shape) == 2:
            i, j = index
            return _scalar(self.dtype.kind, _k.item(self._buf, _flat(i, self.shape[0], 0) * self.shape[1] + _flat(j, self.shape[1], 1)))
        if not isinstance(index, int):
            _k.unsupported("ndarray indexing with " + type(index).__name__)
        i = _flat(index, self.shape[0], 0)
        if len(self.shape) == 1:
            return _scalar(self.dtype.kind, _k.item(self._buf, i))
        row = self.shape[1]
        return ndarray(_k.take(self._buf, i * row, row), (row,))

    def __setitem__(self, index, value):
        if isinstance(index, tuple) and len(index) == 2 and len(self.shape) == 2:
            i, j = index
            _k.set_item(self._buf, _flat(i, self.shape[0], 0) * self.shape[1] + _flat(j, self.shape[1], 1), value)
        elif isinstance(index, int) and len(self.shape) == 1:
            _k.set_item(self._buf, _flat(index, self.shape[0], 0), value)
        else:
            _k.unsupported("ndarray assignment to " + type(index).__name__)

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def tolist(self):
        if len(self.shape) == 1:
            return [_k.item(self._buf, i) for i in range(self.shape[0])]
        return [self[i].tolist() for i in range(self.shape[0])]

    def astype(self, spec):
        return ndarray(_k.cast(self._buf, _dtype_of(spec).kind), self.shape)

    def copy(self):
        return ndarray(_k.cast(self._buf, self.dtype.kind), self.shape)

    def reshape(self, *shape):
        if len(shape) == 1 and isinstance(shape[0], tuple):
            shape = shape[0]
        total = 1
        for n in shape:
            total *= n
        if total != self.size:
            raise ValueError("cannot reshape array of size " + str(self.size) + " into shape " + _shape_text(shape))
        return ndarray(_k.cast(self._buf, self.dtype.kind), tuple(shape))

    def sum(self):
        return _scalar(self.dtype.kind, _k.reduce("sum", self._buf))

    def prod(self):
        return _scalar(self.dtype.kind, _k.reduce("prod", self._buf))

    def max(self):
        _nonempty(self, "maximum")
        return _scalar(self.dtype.kind, _k.reduce("max", self._buf))

    def min(self):
        _nonempty(self, "minimum")
        return _scalar(self.dtype.kind, _k.reduce("min", self._buf))

    def mean(self):
        return float64(_k.reduce("sum", _k.cast(self._buf, "f")) / self.size)

    def dot(self, other):
        return dot(self, other)

    def __add__(self, other):
        return _binary("add", self, other)

    def __radd__(self, other):
        return _binary("add", other, self)

    def __sub__(self, other):
        return _binary("subtract", self, other)

    def __rsub__(self, other):
        return _binary("subtract", other, self)

    def __mul__(self, other):
        return _binary("multiply", self, other)

    def __rmul__(self, other):
        return _binary("multiply", other, self)

    def __truediv__(self, other):
        return _binary("true_divide", self, other)

    def __rtruediv__(self, other):
        return _binary("true_divide", other, self)

    def __floordiv__(self, other):
        return _binary("floor_divide", self, other)

    def __pow__(self, other):
        return _binary("power", self, other)

    def __neg__(self):
        return _unary("negative", self)

    def __abs__(self):
        return _unary("absolute", self)

    def __matmul__(self, other):
        return matmul(self, other)

    def __getattr__(self, name):
        _k.unsupported("ndarray." + name)


def _nonempty(a, what):
    if a.size == 0:
        raise ValueError("zero-size array to reduction operation " + what + " which has no identity")


def _flat(i, n, axis):
    if i < -n or i >= n:
        raise IndexError("index " + str(i) + " is out of bounds for axis " + str(axis) + " with size " + str(n))
    return i + n if i < 0 else i


def _shape_text(shape):
    return "(" + ",".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"


def _binary(op, a, b):
    a_arr = isinstance(a, ndarray)
    b_arr = isinstance(b, ndarray)
    for x in (a, b):
        if not isinstance(x, (ndarray, int, float)):
            _k.unsupported(op + " with " + type(x).__name__)
    if a_arr and b_arr and a.shape != b.shape:
        raise ValueError("operands could not be broadcast together with shapes " + _shape_text(a.shape) + " " + _shape_text(b.shape) + " ")
    kinds = [x.dtype.kind if isinstance(x, ndarray) else ("f" if isinstance(x, float) else "i") for x in (a, b)]
    kind = "f" if "f" in kinds or op == "true_divide" else "i"
    shape = a.shape if a_arr else b.shape
    return ndarray(_k.binary(op, a._buf if a_arr else a, b._buf if b_arr else b, kind), shape)


def _unary(op, a):
    if not isinstance(a, ndarray):
        a = array(a)
    kind = a.dtype.kind if op in ("negative", "absolute") else "f"
    return ndarray(_k.unary(op, a._buf, kind), a.shape)


def array(obj, dtype=None):
    if isinstance(obj, ndarray):
        return obj.astype(dtype or obj.dtype)
    if isinstance(obj, (int, float)):
        _k.unsupported("array of 0 dimensions")
    rows = list(obj)
    if rows and isinstance(rows[0], (list, tuple)):
        width = len(rows[0])
        flat = []
        for r in rows:
            if len(r) != width:
                raise ValueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (" + str(len(rows)) + ",) + inhomogeneous part.")
            flat.extend(r)
        shape = (len(rows), width)
    else:
        flat = rows
        shape = (len(rows),)
    for x in flat:
        if not isinstance(x, (int, float)):
            _k.unsupported("array of " + type(x).__name__)
    kind = _dtype_of(dtype).kind if dtype is not None else ("f" if any(isinstance(x, float) for x in flat) else "i")
    return ndarray(_k.from_list(list(flat), kind), shape)


def arange(start, stop=None, step=1, dtype=None):
    if stop is None:
        start, stop = 0, start
    kind = _dtype_of(dtype).kind if dtype is not None else ("f" if any(isinstance(x, float) for x in (start, stop, step)) else "i")
    buf = _k.arange(start, stop, step, kind)
    return ndarray(buf, (_k.size(buf),))


def _filled(shape, value, dtype):
    if isinstance(shape, int):
        shape = (shape,)
    count = 1
    for n in shape:
        count *= n
    return ndarray(_k.full(count, value, _dtype_of(dtype or float).kind), tuple(shape))


def zeros(shape, dtype=None):
    return _filled(shape, 0, dtype)


def ones(shape, dtype=None):
    return _filled(shape, 1, dtype)


def sqrt(a):
    return _unary("sqrt", a)


def exp(a):
    return _unary("exp", a)


def log(a):
    return _unary("log", a)


def sin(a):
    return _unary("sin", a)


def cos(a):
    return _unary("cos", a)


def abs(a):
    return _unary("absolute", a)


def sum(a):
    return array(a).sum() if not isinstance(a, ndarray) else a.sum()


def mean(a):
    return array(a).mean() if not isinstance(a, ndarray) else a.mean()


def dot(a, b):
    if not isinstance(a, ndarray) or not isinstance(b, ndarray):
        _k.unsupported("dot of non-arrays")
    kind = "f" if "f" in (a.dtype.kind, b.dtype.kind) else "i"
    if len(a.shape) == 1 and len(b.shape) == 1:
        if a.shape != b.shape:
            raise ValueError("shapes " + _shape_text(a.shape) + " and " + _shape_text(b.shape) + " not aligned: " + str(a.shape[0]) + " (dim 0) != " + str(b.shape[0]) + " (dim 0)")
        return _scalar(kind, _k.item(_k.dot(a._buf, b._buf, 1, a.shape[0], 1, kind), 0))
    if len(a.shape) == 2 and len(b.shape) == 2:
        if a.shape[1] != b.shape[0]:
            raise ValueError("shapes " + _shape_text(a.shape) + " and " + _shape_text(b.shape) + " not aligned: " + str(a.shape[1]) + " (dim 1) != " + str(b.shape[0]) + " (dim 0)")
        return ndarray(_k.dot(a._buf, b._buf, a.shape[0], a.shape[1], b.shape[1], kind), (a.shape[0], b.shape[1]))
    _k.unsupported("dot of a " + str(len(a.shape)) + "-d and a " + str(len(b.shape)) + "-d array")


def matmul(a, b):
    return dot(a, b)


def __getattr__(name):
    _k.unsupported(name)
`;
