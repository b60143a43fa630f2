// The types module, run by the simulator when `types` is first imported. Its GenericAlias and UnionType are
// the simulator's helper module's (GENERIC_ALIAS_SOURCE below), which `list[int]` and `int | None` use without
// importing types, as CPython's C objects do.
export const TYPES_SOURCE = `
import sys as _sys
from _lens_types import iterable_coroutine as _lens_iterable_coroutine

FunctionType = type(lambda: None)
LambdaType = FunctionType
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
ModuleType = type(_sys)


class _C:
    def _m(self): pass


MethodType = type(_C()._m)
# CPython's is type(FunctionType.__code__); a class's '__dict__' entry is one too (the simulator's function type has no getsets).
GetSetDescriptorType = type(_C.__dict__['__dict__'])
del _C



def _f(): pass


CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())

async def _c(): pass
_c = _c()
CoroutineType = type(_c)
_c.close()
del _c

async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)
del _ag


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if (func.__class__ is FunctionType and
            getattr(func, '__code__', None).__class__ is CodeType):
        co_flags = func.__code__.co_flags
        # 0x180: CO_COROUTINE | CO_ITERABLE_COROUTINE, already awaitable.
        if co_flags & 0x180:
            return func
        # 0x20: CO_GENERATOR; CPython replaces __code__ with a copy flagged CO_ITERABLE_COROUTINE.
        if co_flags & 0x20:
            _lens_iterable_coroutine(func)
            return func
    # CPython wraps other callables (functools.wraps, _GeneratorWrapper): not modelled.
    from _lens_contextlib import not_modelled
    not_modelled('types.coroutine() of a callable that is not a generator function')


class DynamicClassAttribute:
    # Lib/types.py's, as written there (enum.property derives from it).
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # next two lines make DynamicClassAttribute act the same as property
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        # support for abstract methods
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)
    del exc


from _lens_generic_alias import GenericAlias, UnionType


class SimpleNamespace:
    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
        return 'namespace(' + ', '.join(items) + ')'

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__


SimpleNamespace.__module__ = 'types'
`;

/**
 * _lens_generic_alias, a helper module of the simulator's (never in sys.modules): what `list[int]` and `int | None`
 * make (runtime/generic-alias.ts). CPython makes GenericAlias and UnionType in C (Objects/genericaliasobject.c,
 * Objects/unionobject.c), so using them imports no module; these are written for CPython Lens in Python with the
 * same reprs, equality, flattening of unions and errors, and named as types' (their __module__).
 */
export const GENERIC_ALIAS_SOURCE = `
NoneType = type(None)


def _type_repr(obj):
    # ga_repr_item / union_repr_item: a class by its qualified name, '...', else repr().
    if obj is ...:
        return '...'
    if obj is NoneType:
        return 'None'
    if isinstance(obj, (GenericAlias, UnionType)):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if isinstance(obj, list):
        return '[' + ', '.join([_type_repr(a) for a in obj]) + ']'
    return repr(obj)


class GenericAlias:
    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = tuple([a for a in args if hasattr(a, '__typing_subst__')])

    def __repr__(self):
        if not self.__args__:
            return _type_repr(self.__origin__) + '[()]'
        return _type_repr(self.__origin__) + '[' + ', '.join([_type_repr(a) for a in self.__args__]) + ']'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')


GenericAlias.__module__ = 'types'


class UnionType:
    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return ' | '.join([_type_repr(a) for a in self.__args__])

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    @property
    def __parameters__(self):
        return ()


UnionType.__module__ = 'types'


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType)) or hasattr(obj, '__typing_subst__')


def _union(a, b):
    # _Py_union_type_or: None becomes NoneType, unions are flattened, duplicates dropped.
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for side in (a, b):
        items = side.__args__ if isinstance(side, UnionType) else (side,)
        for item in items:
            if item is None:
                item = NoneType
            if item not in args:
                args.append(item)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


def _generic_alias(origin, args):
    return GenericAlias(origin, args)
`;
