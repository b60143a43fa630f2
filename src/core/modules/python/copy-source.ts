// The copy module, run by the simulator when `copy` is first imported. CPython's Lib/copy.py is
// pure Python; this is written for CPython Lens after the behaviour it documents, so the same
// objects are made, memoised and referenced in the same order (the memo dict holds a reference to
// every copy and, in the list at memo[id(memo)], to every original until deepcopy returns).
//
// The simulated `object` has no __reduce_ex__: `_reduce_ex` below does what object.__reduce_ex__(4)
// does for it (Objects/typeobject.c reduce_newobj with copyreg.__newobj__ and __getstate__), and is
// used only when the object's class defines neither __reduce_ex__ nor __reduce__.
// `_copy_replace` (3.13's copy.replace) is set by modules/copy.ts from the version's data.

export const COPY_SOURCE = `
class Error(Exception):
    pass
error = Error   # backward compatibility


class _MethodHolder:
    def m(self):
        pass
_MethodType = type(_MethodHolder().m)  # types.MethodType
del _MethodHolder


def __newobj__(cls, *args):
    # copyreg.__newobj__: cls.__new__(cls, *args) (a class's own __new__, else its base's).
    if getattr(cls, "__new__", None) is not None:
        return cls.__new__(cls, *args)
    return _base_new(cls, *args)


def _getstate(obj, cls):
    # _PyObject_GetState: the object's __getstate__ (object.__getstate__ unless the class overrides it).
    return obj.__getstate__()


def _reduce_ex(obj, protocol):
    # object.__reduce_ex__(protocol >= 2) for a class that does not override it: the class's own
    # __reduce__ if it has one, else reduce_newobj's tuple; and the __reduce__ of the built-in types copy has no entry for.
    cls = type(obj)
    if getattr(cls, "__reduce__", None) is not None:
        return obj.__reduce__()
    if isinstance(obj, (set, frozenset)):
        return (cls, (list(obj),), _getstate(obj, cls))
    if isinstance(obj, bytearray):
        return (cls, (bytes(obj),), _getstate(obj, cls))
    if cls is slice:
        return (cls, (obj.start, obj.stop, obj.step))
    if cls is memoryview:
        # object_getstate_default: a type with items after its header (tp_itemsize) has no default state.
        raise TypeError("cannot pickle memoryview objects")
    if not _is_heap_type(cls):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        args = getnewargs() if getnewargs is not None else ()
        kwargs = None
    if kwargs:
        _lens_not_modelled("__getnewargs_ex__ with keyword arguments")
    state = _getstate(obj, cls)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (__newobj__, (cls,) + tuple(args), state, listitems, dictitems)


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """

    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        # treat it as a regular class:
        return _copy_immutable(x)

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is None:
        # object.__reduce_ex__, bound to x (the bound method holds a reference to x meanwhile)
        reductor = _MethodType(_reduce_ex, x)
    rv = reductor(4)

    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}

def _copy_immutable(x):
    return x
for t in (type(None), int, float, bool, complex, str, tuple,
          bytes, frozenset, type, range, slice, property,
          type(len), type(Ellipsis), type(NotImplemented),
          type(_copy_immutable), type(_copy_immutable.__code__), ref):
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy

del d, t

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """

    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                reductor = getattr(x, "__reduce_ex__", None)
                if reductor is None:
                    reductor = _MethodType(_reduce_ex, x)
                rv = reductor(4)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo) # Make sure x lives at least as long as d
    return y

_deepcopy_dispatch = d = {}

def _deepcopy_atomic(x, memo):
    return x
for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
          bytes, str, type(_deepcopy_atomic.__code__), type, range, type(len),
          type(_deepcopy_atomic), ref, property):
    d[t] = _deepcopy_atomic

def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list

def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # The tuple is not memoised, but a copy of it may have been made while copying its items
    # (a recursive structure through a mutable item).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y
d[tuple] = _deepcopy_tuple

def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict

def _deepcopy_method(x, memo): # Copy instance methods
    return type(x)(x.__func__, deepcopy(x.__self__, memo))

d[_MethodType] = _deepcopy_method

del d, t

def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo (memo[id(memo)] is a list of them)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # the first one
        memo[id(memo)]=[x]

def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)

if _copy_replace:
    __all__ = ["Error", "copy", "deepcopy", "replace"]
else:
    __all__ = ["Error", "copy", "deepcopy"]
    del replace
del _copy_replace, ref
`;
