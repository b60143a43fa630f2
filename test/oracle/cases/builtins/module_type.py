# types.ModuleType is type(sys): calling it makes an empty module whose dict module___init__ fills.
import sys
import types
print(types.ModuleType is type(sys))
m = types.ModuleType('lesson', 'A module made at run time.')
print(repr(m), m.__dict__)
m.counter = [1, 2, 3]
print(m.counter, sys.getrefcount(m))
print(types.ModuleType(name='kw').__dict__)
for args in [(), (1,), ('a', 'b', 'c')]:
    try:
        types.ModuleType(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    types.ModuleType('x', nope=1)
except TypeError as e:
    print('TypeError:', e)
