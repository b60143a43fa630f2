// The typing module, run by the simulator when `typing` is first imported. Written for CPython Lens after
// CPython 3.11's Lib/typing.py, smaller: the special forms (Any, Union, Optional, ClassVar, Final,
// Literal), the generic aliases of built-in and collections.abc classes (List, Dict, Callable, Tuple…,
// whose collections.abc origins are placeholders of the same names), TypeVar, Generic, Protocol, cast and
// get_type_hints, with CPython's reprs (`typing.Optional[int]`) and error messages.
// _TOO_FEW_SAYS_AT_LEAST comes from the version (modules/typing.ts).
export const TYPING_SOURCE = `
import types as _types

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, _types.GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if isinstance(obj, _types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    # typing._type_check: a parameter must be a class, a typing object, None or a string.
    arg = _type_convert(arg)
    if isinstance(arg, _SpecialForm) and arg in (ClassVar, Final):
        raise TypeError(str(arg) + ' is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(msg + ' Got ' + repr(arg)[:100] + '.')
    return arg


def _collect_parameters(args):
    parameters = []
    for t in args:
        if isinstance(t, TypeVar):
            if t not in parameters:
                parameters.append(t)
        else:
            for x in getattr(t, '__parameters__', ()):
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


def _deduplicate(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


class _Final:
    pass


class _SpecialForm(_Final):
    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem
        self.__doc__ = None

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate ' + repr(self))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyType(_Final):
    def __repr__(self):
        return 'typing.Any'

    def __call__(self, *args, **kwds):
        raise TypeError('Any cannot be instantiated')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


Any = _AnyType()


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    parameters = tuple([_type_check(p, msg) for p in parameters])
    flat = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias, _types.UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    parameters = tuple(_deduplicate(flat))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name='Optional')
    return _UnionGenericAlias(self, parameters)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, repr(self) + ' requires a single type.')
    return Union[arg, type(None)]


def _plain_getitem(self, parameters):
    item = _type_check(parameters, self._name + ' accepts only single type.')
    return _GenericAlias(self, (item,), name=self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters, name='Literal')


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _plain_getitem)
Final = _SpecialForm('Final', _plain_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
NoReturn = _SpecialForm('NoReturn', None)
Never = _SpecialForm('Never', None)
Self = _SpecialForm('Self', None)
LiteralString = _SpecialForm('LiteralString', None)
TypeAlias = _SpecialForm('TypeAlias', None)
TypeGuard = _SpecialForm('TypeGuard', _plain_getitem)
Required = _SpecialForm('Required', _plain_getitem)
NotRequired = _SpecialForm('NotRequired', _plain_getitem)


class ForwardRef(_Final):
    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got ' + repr(arg))
        self.__forward_arg__ = arg

    def __repr__(self):
        return 'ForwardRef(' + repr(self.__forward_arg__) + ')'

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def _evaluate(self, globalns, localns):
        return _eval_hint(eval(self.__forward_arg__, globalns, localns), globalns, localns)


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(constraints)
        self.__bound__ = None if bound is None else _type_check(bound, 'Bound must be a type.')
        self.__module__ = 'typing'

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __typing_subst__(self, arg):
        return _type_check(arg, 'Parameters to generic types must be types.')


class _BaseGenericAlias(_Final):
    def __init__(self, origin, name=None, inst=True):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type ' + self._name + ' cannot be instantiated; use ' + self.__origin__.__name__ + '() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__'):
            raise AttributeError(attr)
        if not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_BaseGenericAlias):
    def __init__(self, origin, args, inst=True, name=None):
        _BaseGenericAlias.__init__(self, origin, name=name, inst=inst)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple([... if a is _TypingEllipsis else a for a in args])
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError('Cannot subclass ' + repr(self))
        if self._name:
            return _BaseGenericAlias.__mro_entries__(self, bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        # List[T][int]: the type variables replaced, in order.
        if not self.__parameters__:
            raise TypeError(repr(self) + ' is not a generic class')
        if not isinstance(args, tuple):
            args = (args,)
        if len(args) != len(self.__parameters__):
            raise TypeError('Too ' + ('many' if len(args) > len(self.__parameters__) else 'few') + ' arguments for ' + repr(self) + '; actual ' + str(len(args)) + ', expected ' + str(len(self.__parameters__)))
        subst = dict(zip(self.__parameters__, args))
        new_args = []
        for a in self.__args__:
            if isinstance(a, TypeVar):
                new_args.append(subst[a])
            elif getattr(a, '__parameters__', ()):
                new_args.append(a[tuple([subst[p] for p in a.__parameters__])])
            else:
                new_args.append(a)
        return self.copy_with(tuple(new_args))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join([_type_repr(a) for a in self.__args__])
        else:
            args = '()'
        return name + '[' + args + ']'


class _TypingEllipsis:
    pass


class _SpecialGenericAlias(_BaseGenericAlias):
    def __init__(self, origin, nparams, inst=True, name=None):
        if name is None:
            name = origin.__name__
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name)
        self._nparams = nparams
        self.__module__ = 'typing'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple([_type_check(p, msg) for p in params])
        if len(params) != self._nparams:
            raise TypeError('Too ' + ('many' if len(params) > self._nparams else 'few') + ' arguments for ' + repr(self) + '; actual ' + str(len(params)) + ', expected ' + str(self._nparams))
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__

    def __hash__(self):
        return hash(self.__origin__)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return 'typing.Callable[..., ' + _type_repr(self.__args__[1]) + ']'
        return 'typing.Callable[[' + ', '.join([_type_repr(a) for a in self.__args__[:-1]]) + '], ' + _type_repr(self.__args__[-1]) + ']'

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        result = _type_check(result, 'Callable[args, result]: result must be a type.')
        if args is ...:
            params = (..., result)
        else:
            if not isinstance(args, (tuple, list)):
                args = (args,)
            params = tuple([_type_convert(a) for a in args]) + (result,)
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = 'Tuple[t, ...]: t must be a type.'
            params = tuple([_type_check(p, msg) for p in params[:-1]])
            return _GenericAlias(self.__origin__, params + (_TypingEllipsis,), name=self._name, inst=self._inst)
        msg = 'Tuple[t0, t1, ...]: each t must be a type.'
        params = tuple([_type_check(p, msg) for p in params])
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[' + _type_repr(args[1]) + ']'
            elif args[1] is _NoneType:
                return 'typing.Optional[' + _type_repr(args[0]) + ']'
        return 'typing.Union[' + ', '.join([_type_repr(a) for a in args]) + ']'

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join([repr(a) for a in self.__args__]) + ']'

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _abc(name):
    # The origin of typing.Iterable and its kind: collections.abc's class (here a placeholder of that name).
    return type(name, (), {'__module__': 'collections.abc'})


Hashable = _SpecialGenericAlias(_abc('Hashable'), 0)
Awaitable = _SpecialGenericAlias(_abc('Awaitable'), 1)
Coroutine = _SpecialGenericAlias(_abc('Coroutine'), 3)
AsyncIterable = _SpecialGenericAlias(_abc('AsyncIterable'), 1)
AsyncIterator = _SpecialGenericAlias(_abc('AsyncIterator'), 1)
Iterable = _SpecialGenericAlias(_abc('Iterable'), 1)
Iterator = _SpecialGenericAlias(_abc('Iterator'), 1)
Reversible = _SpecialGenericAlias(_abc('Reversible'), 1)
Sized = _SpecialGenericAlias(_abc('Sized'), 0)
Container = _SpecialGenericAlias(_abc('Container'), 1)
Collection = _SpecialGenericAlias(_abc('Collection'), 1)
Callable = _CallableType(_abc('Callable'), 2)
AbstractSet = _SpecialGenericAlias(_abc('Set'), 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc('MutableSet'), 1)
Mapping = _SpecialGenericAlias(_abc('Mapping'), 2)
MutableMapping = _SpecialGenericAlias(_abc('MutableMapping'), 2)
Sequence = _SpecialGenericAlias(_abc('Sequence'), 1)
MutableSequence = _SpecialGenericAlias(_abc('MutableSequence'), 1)
Generator = _SpecialGenericAlias(_abc('Generator'), 3)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
Type = _SpecialGenericAlias(type, 1, inst=False, name='Type')


class Generic:
    def __init_subclass__(cls, *args, **kwargs):
        cls.__parameters__ = _collect_parameters(cls.__dict__.get('__orig_bases__', ()))

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple([_type_convert(p) for p in params])
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError('Parameter list to ' + cls.__qualname__ + '[...] cannot be empty')
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError('Parameters to ' + cls.__name__ + '[...] must all be type variables or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError('Parameters to ' + cls.__name__ + '[...] must all be unique')
        else:
            expected = _class_parameters(cls)
            if len(params) != len(expected):
                # 3.13 (PEP 696, type parameter defaults) says "at least" when too few are given.
                expected_text = str(len(expected))
                if len(params) < len(expected) and _TOO_FEW_SAYS_AT_LEAST:
                    expected_text = 'at least ' + expected_text
                raise TypeError('Too ' + ('many' if len(params) > len(expected) else 'few') + ' arguments for ' + repr(cls) + '; actual ' + str(len(params)) + ', expected ' + expected_text)
        return _GenericAlias(cls, params)


def _class_parameters(cls):
    # Generic.__init_subclass__'s __parameters__: the type variables of the class's generic bases.
    if '__parameters__' in cls.__dict__:
        return cls.__dict__['__parameters__']
    params = _collect_parameters(cls.__dict__.get('__orig_bases__', ()))
    try:
        cls.__parameters__ = params
    except Exception:
        pass
    return params


class Protocol(Generic):
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def _eval_hint(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns)
    return value


def _strip_annotations(t):
    # Annotated[T, ...] is T, inside generic aliases and unions too (include_extras=False).
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, (_GenericAlias, _types.GenericAlias, _types.UnionType)):
        stripped_args = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped_args == t.__args__:
            return t
        if isinstance(t, _GenericAlias):
            return t.copy_with(stripped_args)
        if isinstance(t, _types.GenericAlias):
            return _types.GenericAlias(t.__origin__, stripped_args)
        result = stripped_args[0]
        for arg in stripped_args[1:]:
            result = result | arg
        return result
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            base_globals = globalns
            if base_globals is None:
                base_globals = getattr(_lens_module(base.__module__), '__dict__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    hints = dict(getattr(obj, '__annotations__', {}))
    if globalns is None:
        globalns = getattr(obj, '__globals__', {})
    for name, value in hints.items():
        hints[name] = _eval_hint(value, globalns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


def get_origin(tp):
    if isinstance(tp, (_BaseGenericAlias, _types.GenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    return None


def get_args(tp):
    if isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _types.UnionType):
        return tp.__args__
    return ()


AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


class _NotModelled:
    # A name of typing that CPython Lens does not model: using it is reported, not faked.
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        _lens_not_modelled('typing.' + self._name)

    def __getitem__(self, params):
        _lens_not_modelled('typing.' + self._name)

    def __mro_entries__(self, bases):
        _lens_not_modelled('typing.' + self._name)


NamedTuple = _NotModelled('NamedTuple')
TypedDict = _NotModelled('TypedDict')
ParamSpec = _NotModelled('ParamSpec')
TypeVarTuple = _NotModelled('TypeVarTuple')
Concatenate = _NotModelled('Concatenate')
Unpack = _NotModelled('Unpack')


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        caller = _lens_caller_module()
        if caller != 'typing':
            self.__module__ = caller

    def __repr__(self):
        return self.__module__ + '.' + self.__qualname__

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        _GenericAlias.__init__(self, origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[' + _type_repr(self.__origin__) + ', ' + ', '.join([repr(a) for a in self.__metadata__]) + ']'

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class _AnnotatedForm(_Final):
    def __repr__(self):
        return 'typing.Annotated'

    def __call__(self, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
        origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.')
        return _AnnotatedAlias(origin, tuple(params[1:]))


Annotated = _AnnotatedForm()


def runtime_checkable(cls):
    return cls


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: ' + value)
`;
