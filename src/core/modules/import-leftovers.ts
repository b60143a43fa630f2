// The garbage a standard module's import leaves, as the source the module runs for it (modules/import-garbage.ts
// runs it where the measured trace says): CPython's own Lib/ text (3.11.7, 3.12.1 and 3.13.0),
// so that the simulator makes the objects CPython does: each class, its functions with their defaults and
// closures, its namespace dict, the descriptors type_new adds. A piece has three parts:
// - prelude: what the class statements use that the module made before them, run as the interpreter's own
//   objects (not counted, never garbage): the module's imports and helpers;
// - make: the class statements, counted and tracked in generation 0 as the program's allocations are;
// - drop: what leaves them unreachable: types.py's `del`, or the module's import of its C version (here a `del`).
// A .pyc's constants are marshal's own (vm.loadCode `marshalled`), but one module's equal constants are one
// object, and a code object keeps its co_names tuple: a constant CPython keeps alive that way (a `=None`
// default the module's other functions share...) is kept by `make` too, in a `_shared_...` name.
// The plain classes an enum leaves (simple_enum, convert) are written from their measured namespace.

import type { Leftover } from './import-traces';

export interface LeftoverSource {
  /** The module whose namespace the classes are made in (their __module__). */
  readonly module: string;
  readonly prelude: string;
  readonly make: string;
  readonly drop: string;
}

type Version = '3.11' | '3.12' | '3.13';

/** Lib/reprlib.py's recursive_repr (3.12; 3.13 also sets __wrapped__), which collections and functools import. */
const RECURSIVE_REPR_3_12 = `from _thread import get_ident

def recursive_repr(fillvalue='...'):
    'Decorator to make a repr function return fillvalue for a recursive call'

    def decorating_function(user_function):
        repr_running = set()

        def wrapper(self):
            key = id(self), get_ident()
            if key in repr_running:
                return fillvalue
            repr_running.add(key)
            try:
                result = user_function(self)
            finally:
                repr_running.discard(key)
            return result

        # Can't use functools.wraps() here because of bootstrap issues
        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        wrapper.__type_params__ = getattr(user_function, '__type_params__', ())
        return wrapper

    return decorating_function
`;
/** 3.11's: no __type_params__ (PEP 695 came with 3.12). */
const RECURSIVE_REPR_3_11 = RECURSIVE_REPR_3_12.replace("        wrapper.__type_params__ = getattr(user_function, '__type_params__', ())\n", '');
const RECURSIVE_REPR_3_13 = RECURSIVE_REPR_3_12.replace(
  "        wrapper.__type_params__ = getattr(user_function, '__type_params__', ())\n",
  "        wrapper.__type_params__ = getattr(user_function, '__type_params__', ())\n        wrapper.__wrapped__ = user_function\n",
);

/** Lib/operator.py: the pure-Python classes `from _operator import *` replaces (3.11's and 3.12's; 3.13 adds `/`). */
const OPERATOR_CLASSES_3_12 = `class attrgetter:
    """
    Return a callable object that fetches the given attribute(s) from its operand.
    After f = attrgetter('name'), the call f(r) returns r.name.
    After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
    After h = attrgetter('name.first', 'name.last'), the call h(r) returns
    (r.name.first, r.name.last).
    """
    __slots__ = ('_attrs', '_call')

    def __init__(self, attr, *attrs):
        if not attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
            self._attrs = (attr,)
            names = attr.split('.')
            def func(obj):
                for name in names:
                    obj = getattr(obj, name)
                return obj
            self._call = func
        else:
            self._attrs = (attr,) + attrs
            getters = tuple(map(attrgetter, self._attrs))
            def func(obj):
                return tuple(getter(obj) for getter in getters)
            self._call = func

    def __call__(self, obj):
        return self._call(obj)

    def __repr__(self):
        return '%s.%s(%s)' % (self.__class__.__module__,
                              self.__class__.__qualname__,
                              ', '.join(map(repr, self._attrs)))

    def __reduce__(self):
        return self.__class__, self._attrs

class itemgetter:
    """
    Return a callable object that fetches the given item(s) from its operand.
    After f = itemgetter(2), the call f(r) returns r[2].
    After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])
    """
    __slots__ = ('_items', '_call')

    def __init__(self, item, *items):
        if not items:
            self._items = (item,)
            def func(obj):
                return obj[item]
            self._call = func
        else:
            self._items = items = (item,) + items
            def func(obj):
                return tuple(obj[i] for i in items)
            self._call = func

    def __call__(self, obj):
        return self._call(obj)

    def __repr__(self):
        return '%s.%s(%s)' % (self.__class__.__module__,
                              self.__class__.__name__,
                              ', '.join(map(repr, self._items)))

    def __reduce__(self):
        return self.__class__, self._items

class methodcaller:
    """
    Return a callable object that calls the given method on its operand.
    After f = methodcaller('name'), the call f(r) returns r.name().
    After g = methodcaller('name', 'date', foo=1), the call g(r) returns
    r.name('date', foo=1).
    """
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, name, /, *args, **kwargs):
        self._name = name
        if not isinstance(self._name, str):
            raise TypeError('method name must be a string')
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return '%s.%s(%s)' % (self.__class__.__module__,
                              self.__class__.__name__,
                              ', '.join(args))

    def __reduce__(self):
        if not self._kwargs:
            return self.__class__, (self._name,) + self._args
        else:
            from functools import partial
            return partial(self.__class__, self._name, **self._kwargs), self._args

# The .pyc shares this tuple with itemgetter.__init__'s co_names ('_items', '_call'), which outlives the class.
_shared_slots = itemgetter.__slots__
`;
const OPERATOR_CLASSES_3_13 = OPERATOR_CLASSES_3_12
  .replace('def __init__(self, attr, *attrs):', 'def __init__(self, attr, /, *attrs):')
  .replace('def __init__(self, item, *items):', 'def __init__(self, item, /, *items):')
  .replaceAll('def __call__(self, obj):', 'def __call__(self, obj, /):');

/** Lib/collections/__init__.py: what OrderedDict's class statement uses, as the module has it by then. */
const ORDERED_DICT_PRELUDE = `import _collections_abc
import sys as _sys
from operator import eq as _eq
from _weakref import proxy as _proxy


class _Link(object):
    __slots__ = 'prev', 'next', 'key', '__weakref__'
`;

/** Lib/collections/__init__.py (3.12 and 3.13): the pure-Python OrderedDict `from _collections import OrderedDict` replaces. */
const ORDERED_DICT = `class OrderedDict(dict):
    'Dictionary that remembers insertion order'
    # An inherited dict maps keys to values.
    # The inherited dict provides __getitem__, __len__, __contains__, and get.
    # The remaining methods are order-aware.
    # Big-O running times for all methods are the same as regular dictionaries.

    # The internal self.__map dict maps keys to links in a doubly linked list.
    # The circular doubly linked list starts and ends with a sentinel element.
    # The sentinel element never gets deleted (this simplifies the algorithm).
    # The sentinel is in self.__hardroot with a weakref proxy in self.__root.
    # The prev links are weakref proxies (to prevent circular references).
    # Individual links are kept alive by the hard reference in self.__map.
    # Those hard references disappear when a key is deleted from an OrderedDict.

    def __new__(cls, /, *args, **kwds):
        "Create the ordered dict object and set up the underlying structures."
        self = dict.__new__(cls)
        self.__hardroot = _Link()
        self.__root = root = _proxy(self.__hardroot)
        root.prev = root.next = root
        self.__map = {}
        return self

    def __init__(self, other=(), /, **kwds):
        '''Initialize an ordered dictionary.  The signature is the same as
        regular dictionaries.  Keyword argument order is preserved.
        '''
        self.__update(other, **kwds)

    def __setitem__(self, key, value,
                    dict_setitem=dict.__setitem__, proxy=_proxy, Link=_Link):
        'od.__setitem__(i, y) <==> od[i]=y'
        # Setting a new item creates a new link at the end of the linked list,
        # and the inherited dictionary is updated with the new key/value pair.
        if key not in self:
            self.__map[key] = link = Link()
            root = self.__root
            last = root.prev
            link.prev, link.next, link.key = last, root, key
            last.next = link
            root.prev = proxy(link)
        dict_setitem(self, key, value)

    def __delitem__(self, key, dict_delitem=dict.__delitem__):
        'od.__delitem__(y) <==> del od[y]'
        # Deleting an existing item uses self.__map to find the link which gets
        # removed by updating the links in the predecessor and successor nodes.
        dict_delitem(self, key)
        link = self.__map.pop(key)
        link_prev = link.prev
        link_next = link.next
        link_prev.next = link_next
        link_next.prev = link_prev
        link.prev = None
        link.next = None

    def __iter__(self):
        'od.__iter__() <==> iter(od)'
        # Traverse the linked list in order.
        root = self.__root
        curr = root.next
        while curr is not root:
            yield curr.key
            curr = curr.next

    def __reversed__(self):
        'od.__reversed__() <==> reversed(od)'
        # Traverse the linked list in reverse order.
        root = self.__root
        curr = root.prev
        while curr is not root:
            yield curr.key
            curr = curr.prev

    def clear(self):
        'od.clear() -> None.  Remove all items from od.'
        root = self.__root
        root.prev = root.next = root
        self.__map.clear()
        dict.clear(self)

    def popitem(self, last=True):
        '''Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        '''
        if not self:
            raise KeyError('dictionary is empty')
        root = self.__root
        if last:
            link = root.prev
            link_prev = link.prev
            link_prev.next = root
            root.prev = link_prev
        else:
            link = root.next
            link_next = link.next
            root.next = link_next
            link_next.prev = root
        key = link.key
        del self.__map[key]
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        '''Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        '''
        link = self.__map[key]
        link_prev = link.prev
        link_next = link.next
        soft_link = link_next.prev
        link_prev.next = link_next
        link_next.prev = link_prev
        root = self.__root
        if last:
            last = root.prev
            link.prev = last
            link.next = root
            root.prev = soft_link
            last.next = link
        else:
            first = root.next
            link.prev = root
            link.next = first
            first.prev = soft_link
            root.next = link

    def __sizeof__(self):
        sizeof = _sys.getsizeof
        n = len(self) + 1                       # number of links including root
        size = sizeof(self.__dict__)            # instance dictionary
        size += sizeof(self.__map) * 2          # internal dict and inherited dict
        size += sizeof(self.__hardroot) * n     # link objects
        size += sizeof(self.__root) * n         # proxy objects
        return size

    update = __update = _collections_abc.MutableMapping.update

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return _OrderedDictKeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return _OrderedDictItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return _OrderedDictValuesView(self)

    __ne__ = _collections_abc.MutableMapping.__ne__

    __marker = object()

    def pop(self, key, default=__marker):
        '''od.pop(k[,d]) -> v, remove specified key and return the corresponding
        value.  If key is not found, d is returned if given, otherwise KeyError
        is raised.

        '''
        marker = self.__marker
        result = dict.pop(self, key, marker)
        if result is not marker:
            # The same as in __delitem__().
            link = self.__map.pop(key)
            link_prev = link.prev
            link_next = link.next
            link_prev.next = link_next
            link_next.prev = link_prev
            link.prev = None
            link.next = None
            return result
        if default is marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        '''Insert key with a value of default if key is not in the dictionary.

        Return the value for key if key is in the dictionary, else default.
        '''
        if key in self:
            return self[key]
        self[key] = default
        return default

    @_recursive_repr()
    def __repr__(self):
        'od.__repr__() <==> repr(od)'
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, dict(self.items()))

    def __reduce__(self):
        'Return state information for pickling'
        state = self.__getstate__()
        if state:
            if isinstance(state, tuple):
                state, slots = state
            else:
                slots = {}
            state = state.copy()
            slots = slots.copy()
            for k in vars(OrderedDict()):
                state.pop(k, None)
                slots.pop(k, None)
            if slots:
                state = state, slots
            else:
                state = state or None
        return self.__class__, (), state, None, iter(self.items())

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        '''Create a new ordered dictionary with keys from iterable and values set to value.
        '''
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        '''od.__eq__(y) <==> od==y.  Comparison to another OD is order-sensitive
        while comparison to a regular mapping is order-insensitive.

        '''
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

# collections' other functions with a lone \`=None\` default share this constant.
_shared_none_default = OrderedDict.setdefault.__defaults__
`;

/** Lib/functools.py (3.11 and 3.12): the pure-Python partial `from _functools import partial` replaces. */
const PARTIAL_3_12 = `class partial:
    """New function with partial application of the given arguments
    and keywords.
    """

    __slots__ = "func", "args", "keywords", "__dict__", "__weakref__"

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")

        if hasattr(func, "func"):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func

        self = super(partial, cls).__new__(cls)

        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    @recursive_repr()
    def __repr__(self):
        qualname = type(self).__qualname__
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        if type(self).__module__ == "functools":
            return f"functools.{qualname}({', '.join(args)})"
        return f"{qualname}({', '.join(args)})"

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args,
               self.keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
           (kwds is not None and not isinstance(kwds, dict)) or
           (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")

        args = tuple(args) # just in case it's a subclass
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict: # XXX does it need to be *exactly* dict?
            kwds = dict(kwds)
        if namespace is None:
            namespace = {}

        self.__dict__ = namespace
        self.func = func
        self.args = args
        self.keywords = kwds
`;

/** Lib/functools.py (3.13). */
const PARTIAL_3_13 = `class partial:
    """New function with partial application of the given arguments
    and keywords.
    """

    __slots__ = "func", "args", "keywords", "__dict__", "__weakref__"

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")

        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func

        self = super(partial, cls).__new__(cls)

        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    @recursive_repr()
    def __repr__(self):
        cls = type(self)
        qualname = cls.__qualname__
        module = cls.__module__
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"{module}.{qualname}({', '.join(args)})"

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        import warnings
        warnings.warn('functools.partial will be a method descriptor in '
                      'future Python versions; wrap it in staticmethod() '
                      'if you want to preserve the old behavior',
                      FutureWarning, 2)
        return self

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args,
               self.keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
           (kwds is not None and not isinstance(kwds, dict)) or
           (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")

        args = tuple(args) # just in case it's a subclass
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict: # XXX does it need to be *exactly* dict?
            kwds = dict(kwds)
        if namespace is None:
            namespace = {}

        self.__dict__ = namespace
        self.func = func
        self.args = args
        self.keywords = kwds

# functools' other functions with a lone \`=None\` default share this constant.
_shared_none_default = partial.__get__.__defaults__
`;

/** Lib/pickle.py: the exceptions `from _pickle import (PickleError, ...)` replaces. */
const PICKLE_ERRORS = `class PickleError(Exception):
    """A common base class for the other pickling exceptions."""
    pass

class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method.

    """
    pass

class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object,
    such as a security violation.

    Note that other exceptions may also be raised during unpickling, including
    (but not necessarily limited to) AttributeError, EOFError, ImportError,
    and IndexError.

    """
    pass
`;

/** 3.11's OrderedDict.__repr__ shows its items as a list (3.12 made it a dict display). */
const ORDERED_DICT_3_11 = ORDERED_DICT.replace("dict(self.items()))", "list(self.items()))");

const RECURSIVE_REPR: Readonly<Record<Version, string>> = { '3.11': RECURSIVE_REPR_3_11, '3.12': RECURSIVE_REPR_3_12, '3.13': RECURSIVE_REPR_3_13 };

const REPLACED: Readonly<Record<string, (version: Version) => LeftoverSource>> = {
  // Lib/types.py: the class it makes to find MethodType, then deletes.
  'types._C': () => ({ module: 'types', prelude: '', make: 'class _C:\n    def _m(self): pass\n', drop: 'del _C\n' }),
  operator: (v) => ({ module: 'operator', prelude: '', make: v === '3.13' ? OPERATOR_CLASSES_3_13 : OPERATOR_CLASSES_3_12, drop: 'del attrgetter, itemgetter, methodcaller\n' }),
  'collections.OrderedDict': (v) => ({
    module: 'collections',
    prelude: ORDERED_DICT_PRELUDE + RECURSIVE_REPR[v].replace('def recursive_repr(', 'def _recursive_repr('),
    make: v === '3.11' ? ORDERED_DICT_3_11 : ORDERED_DICT,
    drop: 'del OrderedDict\n',
  }),
  'functools.partial': (v) => ({
    module: 'functools',
    prelude: RECURSIVE_REPR[v],
    make: v === '3.13' ? PARTIAL_3_13 : PARTIAL_3_12,
    drop: 'del partial\n',
  }),
  'pickle.PickleError': () => ({ module: 'pickle', prelude: '', make: PICKLE_ERRORS, drop: 'del PickleError, PicklingError, UnpicklingError\n' }),
};

/** The source of the piece of garbage `key` in `version`. */
export function leftoverSource(key: string, leftover: Leftover, version: Version): LeftoverSource {
  if (leftover.kind === 'replaced') {
    const source = REPLACED[key];
    if (!source) throw new Error(`internal: no source for the import garbage ${key}`);
    return source(version);
  }
  const dot = key.lastIndexOf('.');
  const module = key.slice(0, dot);
  const name = key.slice(dot + 1);
  const entries = leftover.namespace ?? [];
  const prelude = entries.some(([, value]) => value === 'auto()') ? 'from enum import auto\n' : '';
  const drop = `del ${name}\n`;
  if (leftover.kind === 'convert') {
    // enum's _convert_: tmp_cls = type(name, (object, ), body), the body the members and __module__.
    const body = [...entries.map(([k, v]) => `${JSON.stringify(k)}: ${v}`), `'__module__': ${JSON.stringify(module)}`];
    return { module, prelude, make: `${name} = type(${JSON.stringify(name)}, (object, ), {${body.join(', ')}})\n`, drop };
  }
  // The class statement _simple_enum decorates, as written (its docstring first).
  const lines = entries.map(([k, v]) => (k === '__doc__' ? `    ${v}` : `    ${k} = ${v}`));
  return { module, prelude, make: `class ${name}:\n${lines.length ? lines.join('\n') : '    pass'}\n`, drop };
}
