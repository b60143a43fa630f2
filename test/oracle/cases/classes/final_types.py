# The built-in types a class statement cannot derive from (no Py_TPFLAGS_BASETYPE) refuse it, and the
# others accept it.
import types

for base in (range, slice, memoryview, bool, type(None), type(len), types.FunctionType, type(iter([])),
             type({}.keys()), type(Ellipsis), types.GeneratorType):
    try:
        type('X', (base,), {})
        print(base.__name__, "accepted")
    except TypeError as e:
        print(e)
for base in (int, str, list, dict, set, frozenset, bytearray, tuple, object, type, Exception, property, zip, enumerate):
    print(base.__name__, type('X', (base,), {}).__mro__[1] is base)
try:
    class MyRange(range):
        pass
except TypeError as e:
    print("class statement:", e)
