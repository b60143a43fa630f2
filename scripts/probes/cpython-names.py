# Prints, as JSON, the public names real CPython has where the simulator looks names up: the builtins,
# the modules the simulator implements, and the types of built-in objects (their own dicts), so that a
# name the simulator lacks but CPython has stops with "not modelled" instead of a NameError or an
# AttributeError CPython would not raise. Dunder names are left out: the simulator probes those itself.
# Also, per C type, which of a few protocol methods it defines ('slots:<tp_name>'), and which methods
# collections.abc checks for ('abc:<tp_name>'), and all the names of its dict, for dir() ('dict:<tp_name>').
# Run by scripts/regenerate-cpython-names.mjs with each interpreter.
import builtins
import importlib
import json
import sys
import types

MODULES = sys.argv[1].split(',')


def public(names):
    return sorted(n for n in names if not (n.startswith('__') and n.endswith('__')))


def type_key(t):
    module = getattr(t, '__module__', 'builtins')
    return t.__qualname__ if module == 'builtins' else f'{module}.{t.__qualname__}'


found = {}
owners = {'builtins': public(dir(builtins)), 'stdlib_module_names': sorted(sys.stdlib_module_names)}


def add_type(t):
    if not isinstance(t, type) or t in found.values():
        return
    found[type_key(t)] = t
    for base in t.__mro__[1:]:
        add_type(base)


for value in vars(builtins).values():
    add_type(value)


def samples():
    """Objects of the built-in types that no module names."""
    def gen():
        yield 1

    async def coro():
        pass

    async def agen():
        yield 1

    class C:
        def m(self):
            pass

    d = {}
    c = coro()
    c.close()
    frame = sys._getframe()
    try:
        raise ValueError
    except ValueError as e:
        tb = e.__traceback__
    cell = (lambda: frame)
    return [iter([]), iter(()), iter(''), iter(b''), iter(bytearray()), iter(range(0)), iter(set()), iter(d), iter(d.values()),
            iter(d.items()), reversed([]), reversed(d), d.keys(), d.values(), d.items(), gen(), c, agen(), C().m, len, [].append,
            list.append, object.__init__, str.__dict__['maketrans'], int.real, type.__dict__['__dict__'], C.__dict__, frame,
            frame.f_code, tb, cell.__closure__[0], None, NotImplemented, ..., sys, memoryview(b''), slice(0), super(C, C()),
            property(), staticmethod(len), classmethod(len), lambda: 0, iter(zip()), iter(map(len, [])), callable_iter(),
            list[int], int | str, types.SimpleNamespace(), sys.flags, sys.version_info, sys.float_info, sys.int_info]


def callable_iter():
    return iter(int, 1)


for o in samples():
    add_type(type(o))

for name in MODULES:
    module = importlib.import_module(name)
    owners[f'module:{name}'] = public(dir(module))
    for value in vars(module).values():
        if isinstance(value, type) and getattr(value, '__module__', '') in (name, 'builtins', '_' + name):
            add_type(value)
        elif isinstance(value, type) and getattr(value, '__module__', '').split('.')[0] == name.split('.')[0]:
            add_type(value)

# The protocols a C type implements, for the TypeErrors the simulator raises where it lacks one
# ("'memoryview' object is not subscriptable"); heap types (classes written in Python) are left out.
PROTOCOLS = ['__call__', '__delitem__', '__enter__', '__getitem__', '__iter__', '__len__', '__next__', '__setitem__']

# The methods collections.abc's __subclasshook__s look for in a class's own dict (_check_methods): for a
# C type, each one its dict has ('name'), or has as None ('name=None': `list.__hash__`).
ABC_METHODS = ['__aiter__', '__anext__', '__await__', '__buffer__', '__call__', '__contains__', '__hash__', '__iter__',
               '__len__', '__next__', '__reversed__', 'aclose', 'asend', 'athrow', 'close', 'send', 'throw']

for key, t in found.items():
    names = public(vars(t).keys())
    if names:
        owners[f'type:{key}'] = names
    heap = t.__flags__ & (1 << 9)  # Py_TPFLAGS_HEAPTYPE
    slots = [n for n in PROTOCOLS if n in vars(t)]
    if slots and not heap:
        owners[f'slots:{key}'] = slots
    defined = [n if vars(t)[n] is not None else f'{n}=None' for n in ABC_METHODS if n in vars(t)]
    if defined and not heap:
        owners[f'abc:{key}'] = defined
    # Every name of a C type's own dict, dunders too, for dir() (object.__dir__ and type.__dir__ list them).
    if not heap:
        owners[f'dict:{key}'] = sorted(vars(t).keys())

# The C types a class statement cannot derive from (no Py_TPFLAGS_BASETYPE): "type 'range' is not an
# acceptable base type".
owners['final-types'] = sorted(key for key, t in found.items() if not t.__flags__ & (1 << 10))

print(json.dumps(owners, sort_keys=True))
