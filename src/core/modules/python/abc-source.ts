// The abc module, run by the simulator when `abc` is first imported, written for CPython Lens after
// CPython's Lib/abc.py (the same in 3.11 to 3.13): ABCMeta is a metaclass in Python whose work is done by
// the C module _abc (Modules/_abc.c). The simulator writes _abc in Python too (_ABC_SOURCE): each class
// keeps an _abc_data (`_abc_impl`) with sets of weak references (registered classes, the positive and
// negative caches), so an ABC holds no reference to the classes it learns about, as in CPython.
// object.__new__ refuses a class whose __abstractmethods__ is not empty (runtime/abstract-classes.ts).

export const ABC_SOURCE = String.raw`"""Abstract Base Classes (ABCs) according to PEP 3119."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


from _abc import (get_cache_token, _abc_init, _abc_register,
                  _abc_instancecheck, _abc_subclasscheck, _get_dump,
                  _reset_registry, _reset_caches)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        return _abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        (_abc_registry, _abc_cache, _abc_negative_cache,
         _abc_negative_cache_version) = _get_dump(cls)
        print(f"_abc_registry: {_abc_registry!r}", file=file)
        print(f"_abc_cache: {_abc_cache!r}", file=file)
        print(f"_abc_negative_cache: {_abc_negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {_abc_negative_cache_version!r}",
              file=file)

    def _abc_registry_clear(cls):
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        _reset_caches(cls)


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()
`;

export const _ABC_SOURCE = String.raw`"""Module contains faster C implementation of abc.ABCMeta"""

# CPython Lens's version of Modules/_abc.c, in Python: the same steps in the same order.

from _weakref import ref as _ref

_abc_invalidation_counter = 0


class _abc_data:
    """Internal state held by ABC machinery."""
    __slots__ = ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                 '_abc_negative_cache_version')

    def __init__(self):
        self._abc_registry = None
        self._abc_cache = None
        self._abc_negative_cache = None
        self._abc_negative_cache_version = _abc_invalidation_counter


def _get_impl(cls):
    impl = cls._abc_impl
    if type(impl) is not _abc_data:
        raise TypeError("_abc_impl is set to a wrong type")
    return impl


def _in_weak_set(refs, obj):
    if refs is None or not refs:
        return False
    try:
        key = _ref(obj)
    except TypeError:
        return False
    return key in refs


def _add_to_weak_set(impl, attr, obj):
    refs = getattr(impl, attr)
    if refs is None:
        refs = set()
        setattr(impl, attr, refs)
    refs_ref = _ref(refs)

    def _destroy(key, refs_ref=refs_ref):
        alive = refs_ref()
        if alive is not None:
            alive.discard(key)

    refs.add(_ref(obj, _destroy))


def _abc_init(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    cls._abc_impl = _abc_data()
    # collections.abc's Sequence and Mapping mark themselves for match statements (not modelled): the mark goes.
    if '__abc_tpflags__' in cls.__dict__:
        delattr(cls, '__abc_tpflags__')


def _abc_register(cls, subclass):
    global _abc_invalidation_counter
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    _add_to_weak_set(_get_impl(cls), '_abc_registry', subclass)
    _abc_invalidation_counter += 1
    return subclass


def _abc_instancecheck(cls, instance):
    impl = _get_impl(cls)
    subclass = instance.__class__
    if _in_weak_set(impl._abc_cache, subclass):
        return True
    subtype = type(instance)
    if subtype is subclass:
        if (impl._abc_negative_cache_version == _abc_invalidation_counter and
                _in_weak_set(impl._abc_negative_cache, subclass)):
            return False
        return cls.__subclasscheck__(subclass)
    return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)


def _abc_subclasscheck(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError('issubclass() arg 1 must be a class')
    impl = _get_impl(cls)
    if _in_weak_set(impl._abc_cache, subclass):
        return True
    if impl._abc_negative_cache_version < _abc_invalidation_counter:
        if impl._abc_negative_cache is not None:
            impl._abc_negative_cache.clear()
        impl._abc_negative_cache_version = _abc_invalidation_counter
    elif _in_weak_set(impl._abc_negative_cache, subclass):
        return False
    ok = cls.__subclasshook__(subclass)
    if ok is not NotImplemented:
        if ok is not True and ok is not False:
            raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
        _add_to_weak_set(impl, '_abc_cache' if ok else '_abc_negative_cache', subclass)
        return ok
    if cls in subclass.__mro__:
        _add_to_weak_set(impl, '_abc_cache', subclass)
        return True
    if impl._abc_registry is not None:
        for key in list(impl._abc_registry):
            rcls = key()
            if rcls is not None and issubclass(subclass, rcls):
                _add_to_weak_set(impl, '_abc_cache', subclass)
                return True
    for scls in cls.__subclasses__():
        if issubclass(subclass, scls):
            _add_to_weak_set(impl, '_abc_cache', subclass)
            return True
    _add_to_weak_set(impl, '_abc_negative_cache', subclass)
    return False


def get_cache_token():
    return _abc_invalidation_counter


def _get_dump(cls):
    impl = _get_impl(cls)
    return (set(impl._abc_registry or ()), set(impl._abc_cache or ()),
            set(impl._abc_negative_cache or ()), impl._abc_negative_cache_version)


def _reset_registry(cls):
    impl = _get_impl(cls)
    if impl._abc_registry is not None:
        impl._abc_registry.clear()


def _reset_caches(cls):
    impl = _get_impl(cls)
    if impl._abc_cache is not None:
        impl._abc_cache.clear()
    if impl._abc_negative_cache is not None:
        impl._abc_negative_cache.clear()
`;
