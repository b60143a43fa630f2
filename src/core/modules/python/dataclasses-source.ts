// The dataclasses module, run by the simulator when `dataclasses` is first imported. Written for CPython
// Lens after the behaviour of CPython's Lib/dataclasses.py: like it, it writes each class's methods
// (__init__, __repr__, __eq__, order, frozen __setattr__/__delattr__, __hash__) as source text and
// exec()s it, so their parameters, qualnames, error messages and "<string>" traceback lines are
// CPython's. _SINGLE_EXEC and _NAMES_PRIOR_DEFAULT come from the version (modules/dataclasses.ts).
export const DATACLASSES_SOURCE = `
import copy
import itertools
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']

# _SINGLE_EXEC and _NAMES_PRIOR_DEFAULT are set from the version's data before this runs (modules/dataclasses.ts).


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({}) if hasattr(types, 'MappingProxyType') else {}


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[' + type_name + ']'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=' + repr(self.name) + ',type=' + repr(self.type) + ',default=' + repr(self.default) +
                ',default_factory=' + repr(self.default_factory) + ',init=' + repr(self.init) + ',repr=' + repr(self.repr) +
                ',hash=' + repr(self.hash) + ',compare=' + repr(self.compare) + ',metadata=' + repr(self.metadata) +
                ',kw_only=' + repr(self.kw_only) + ',_field_type=' + str(self._field_type) + ')')


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=' + repr(self.init) + ',repr=' + repr(self.repr) + ',eq=' + repr(self.eq) +
                ',order=' + repr(self.order) + ',unsafe_hash=' + repr(self.unsafe_hash) + ',frozen=' + repr(self.frozen) + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return '(' + ','.join([obj_name + '.' + f.name for f in fields]) + ',)'


def _recursive_repr(user_function):
    # reprlib.recursive_repr: a dataclass that contains itself shows as '...'.
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            result = user_function(self)
        finally:
            running.discard(key)
        return result
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__wrapped__ = user_function
    return wrapper


class _MethodSource:
    # The methods of one class as text, exec'd the way the version's dataclasses.py does it: each in
    # a __create_fn__ of its own (3.11, 3.12), or all of them in one (3.13), so that the lines a
    # traceback shows in "<string>" are CPython's.
    def __init__(self, globals):
        self.globals = globals
        self.names = []
        self.texts = []
        self.locals = []
        self.overwrite_errors = {}
        self.unconditional = set()

    def add(self, name, args, body, locals=None, return_type=MISSING, overwrite_error=False,
            unconditional_add=False, decorated=False):
        fn_locals = dict(locals or {})
        annotation = ''
        if return_type is not MISSING:
            key = '__dataclass_' + name + '_return_type__' if _SINGLE_EXEC else '__dataclass_return_type__'
            fn_locals[key] = return_type
            annotation = '->' + key
        text = ' def ' + name + '(' + ','.join(args) + ')' + annotation + ':\\n' + '\\n'.join(['  ' + line for line in body])
        if decorated and _SINGLE_EXEC:
            text = ' @__dataclasses_recursive_repr()\\n' + text
            fn_locals['__dataclasses_recursive_repr'] = lambda: _recursive_repr
        self.names.append(name)
        self.texts.append(text)
        self.locals.append((fn_locals, decorated))
        if overwrite_error:
            self.overwrite_errors[name] = overwrite_error
        if unconditional_add:
            self.unconditional.add(name)

    def _run(self, texts, names, local_values):
        returned = '(' + ','.join(names) + ',)'
        src = 'def __create_fn__(' + ', '.join(local_values.keys()) + '):\\n' + '\\n'.join(texts) + '\\n return ' + returned
        ns = {}
        exec(src, self.globals, ns)
        return ns['__create_fn__'](**local_values)

    def add_to_class(self, cls):
        if _SINGLE_EXEC:
            merged = {}
            for fn_locals, decorated in self.locals:
                merged.update(fn_locals)
            fns = self._run(self.texts, self.names, merged)
        else:
            fns = []
            for name, text, (fn_locals, decorated) in zip(self.names, self.texts, self.locals):
                fn = self._run([text], [name], fn_locals)[0]
                if decorated:
                    fn = _recursive_repr(fn)
                fns.append(fn)
        for name, fn in zip(self.names, fns):
            fn.__qualname__ = cls.__qualname__ + '.' + fn.__name__
            if name in self.unconditional:
                setattr(cls, name, fn)
                continue
            exists = _set_new_attribute(cls, name, fn)
            extra = self.overwrite_errors.get(name)
            if exists and extra:
                message = 'Cannot overwrite attribute ' + fn.__name__ + ' in class ' + cls.__name__
                if extra is not True:
                    # 3.13's rewrite (_FuncBuilder) joins the advice with a space, 3.11-3.12 with '. '.
                    message = message + (' ' if _SINGLE_EXEC else '. ') + extra
                raise TypeError(message)


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return '__dataclass_builtins_object__.__setattr__(' + self_name + ',' + repr(name) + ',' + value + ')'
    return self_name + '.' + name + '=' + value


def _default_name(f):
    return '__dataclass_dflt_' + f.name + '__'


def _field_init(f, frozen, locals, self_name):
    default_name = _default_name(f)
    if f.default_factory is not MISSING:
        locals[default_name] = f.default_factory
        if f.init:
            value = default_name + '() if ' + f.name + ' is __dataclass_HAS_DEFAULT_FACTORY__ else ' + f.name
        else:
            value = default_name + '()'
    elif f.init:
        if f.default is not MISSING:
            locals[default_name] = f.default
        value = f.name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is not MISSING:
        default = '=' + _default_name(f)
    elif f.default_factory is not MISSING:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    else:
        default = ''
    return f.name + ':__dataclass_type_' + f.name + '__' + default


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, source):
    seen_default = None
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = f
            elif seen_default:
                message = 'non-default argument ' + repr(f.name) + ' follows default argument'
                if _NAMES_PRIOR_DEFAULT:
                    message = message + ' ' + repr(seen_default.name)
                raise TypeError(message)
    locals = {}
    for f in fields:
        locals['__dataclass_type_' + f.name + '__'] = f.type
    locals['__dataclass_HAS_DEFAULT_FACTORY__'] = _HAS_DEFAULT_FACTORY
    locals['__dataclass_builtins_object__'] = object
    body = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name)
        if line:
            body.append(line)
    if has_post_init:
        params = ','.join([f.name for f in fields if f._field_type is _FIELD_INITVAR])
        body.append(self_name + '.' + _POST_INIT_NAME + '(' + params + ')')
    if not body:
        body = ['pass']
    params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params = params + ['*'] + [_init_param(f) for f in kw_only_fields]
    source.add('__init__', [self_name] + params, body, locals=locals, return_type=None)


def _frozen_get_del_attr(cls, fields, source):
    locals = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    if _SINGLE_EXEC:
        condition = 'type(self) is cls'
        if fields:
            condition = condition + ' or name in {' + ', '.join([repr(f.name) for f in fields]) + '}'
    else:
        names = '(' + ','.join([repr(f.name) for f in fields]) + ',)' if fields else '()'
        condition = 'type(self) is cls or name in ' + names
    source.add('__setattr__', ('self', 'name', 'value'),
               ['if ' + condition + ':',
                ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                'super(cls, self).__setattr__(name, value)'],
               locals=locals, overwrite_error=True)
    source.add('__delattr__', ('self', 'name'),
               ['if ' + condition + ':',
                ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                'super(cls, self).__delattr__(name)'],
               locals=locals, overwrite_error=True)


def _is_classvar(a_type):
    typing = _lens_module('typing')
    if typing is None:
        return False
    return a_type is typing.ClassVar or (type(a_type) is typing._GenericAlias and a_type.__origin__ is typing.ClassVar)


def _string_annotation_head(annotation):
    # The name a string annotation starts with ('ClassVar[int]' → 'ClassVar'), with its module prefix.
    text = annotation.strip()
    end = 0
    while end < len(text) and (text[end].isalnum() or text[end] in '_.'):
        end += 1
    return text[:end].replace(' ', '')


def _is_string_kind(annotation, cls, module_name, name):
    head = _string_annotation_head(annotation)
    module = _lens_module(cls.__module__)
    ns = module.__dict__ if module is not None else {}
    if '.' in head:
        prefix, _, attr = head.rpartition('.')
        target = ns.get(prefix)
        return target is not None and getattr(target, '__name__', None) == module_name and attr == name
    value = ns.get(head)
    owner = _lens_module(module_name)
    return owner is not None and value is not None and value is getattr(owner, name, None)


def _unhashable(value):
    # CPython tests the class's __hash__ for None (list, dict, set, a dataclass with eq and no frozen).
    try:
        hash(value)
    except TypeError:
        return True
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType if hasattr(types, 'MemberDescriptorType') else ()):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if isinstance(a_type, str):
        if _is_string_kind(a_type, cls, 'typing', 'ClassVar'):
            f._field_type = _FIELD_CLASSVAR
        elif _is_string_kind(a_type, cls, 'dataclasses', 'InitVar'):
            f._field_type = _FIELD_INITVAR
    elif _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif a_type is InitVar or type(a_type) is InitVar:
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field ' + f.name + ' cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError('field ' + f.name + ' is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and _unhashable(f.default):
        raise ValueError('mutable default ' + repr(type(f.default)) + ' for field ' + f.name + ' is not allowed: use default_factory')
    return f


def _hash_add(cls, fields, source):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    source.add('__hash__', ('self',), ['return hash(' + _tuple_str('self', flds) + ')'], unconditional_add=True)


def _hash_set_none(cls, fields, source):
    cls.__hash__ = None


def _hash_exception(cls, fields, source):
    raise TypeError('Cannot overwrite attribute __hash__ in class ' + cls.__name__)


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    # The table of Lib/dataclasses.py, as rules: unsafe_hash adds one (an error over an explicit
    # __hash__); eq with frozen adds one; eq alone makes the class unhashable.
    if unsafe_hash:
        return _hash_exception if has_explicit_hash else _hash_add
    if eq and not has_explicit_hash:
        return _hash_add if frozen else _hash_set_none
    return None


def _signature_text(fields):
    # str(inspect.signature(cls)) without ' -> None', for the generated __doc__.
    def annotation(t):
        # inspect.formatannotation
        if getattr(t, '__module__', None) == 'typing':
            return repr(t).replace('typing.', '')
        if isinstance(t, types.GenericAlias):
            return repr(t)
        if isinstance(t, type):
            if t.__module__ == 'builtins':
                return t.__qualname__
            return t.__module__ + '.' + t.__qualname__
        return repr(t)
    parts = []
    kw_started = False
    for f in fields:
        if not f.init:
            continue
        if f.kw_only and not kw_started:
            parts.append('*')
            kw_started = True
        text = f.name + ': ' + annotation(f.type)
        if f.default is not MISSING:
            text = text + ' = ' + repr(f.default)
        elif f.default_factory is not MISSING:
            text = text + ' = <factory>'
        parts.append(text)
    return '(' + ', '.join(parts) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    module = _lens_module(cls.__module__)
    globals = module.__dict__ if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    for name, type_ in cls_annotations.items():
        if type_ is KW_ONLY or (isinstance(type_, str) and _is_string_kind(type_, cls, 'dataclasses', 'KW_ONLY')):
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, type_, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(repr_name(name) + ' is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)
    source = _MethodSource(globals)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _init_fn(all_init_fields, std_init_fields, kw_only_init_fields, frozen, has_post_init,
                 '__dataclass_self__' if 'self' in fields else 'self', source)

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        shown = ', '.join([f.name + '={self.' + f.name + '!r}' for f in flds])
        if _SINGLE_EXEC:
            body = ['return f"{self.__class__.__qualname__}(' + shown + ')"']
        else:
            body = ['return self.__class__.__qualname__ + f"(' + shown + ')"']
        source.add('__repr__', ('self',), body, decorated=True)

    if eq:
        compared = [f for f in field_list if f.compare]
        if _SINGLE_EXEC:
            terms = ' and '.join(['self.' + f.name + '==other.' + f.name for f in compared]) or 'True'
            source.add('__eq__', ('self', 'other'),
                       ['if self is other:', ' return True', 'if other.__class__ is self.__class__:',
                        ' return ' + terms, 'return NotImplemented'])
        else:
            source.add('__eq__', ('self', 'other'),
                       ['if other.__class__ is self.__class__:',
                        ' return ' + _tuple_str('self', compared) + '==' + _tuple_str('other', compared),
                        'return NotImplemented'])

    if order:
        flds = [f for f in field_list if f.compare]
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            source.add(name, ('self', 'other'),
                       ['if other.__class__ is self.__class__:',
                        ' return ' + _tuple_str('self', flds) + op + _tuple_str('other', flds),
                        'return NotImplemented'],
                       overwrite_error='Consider using functools.total_ordering')

    if frozen:
        _frozen_get_del_attr(cls, field_list, source)

    action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)
    if action:
        action(cls, field_list, source)

    source.add_to_class(cls)

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(all_init_fields)

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for field, value in zip(fields(self), state):
        # use setattr because dataclass may be frozen
        object.__setattr__(self, field.name, value)


def _get_slots(cls):
    match cls.__dict__.get('__slots__'):
        case None:
            return
        case str(slot):
            yield slot
        # Slots may be any iterable, but we cannot handle an iterator
        # because it will already be (partially) consumed.
        case iterable if not hasattr(iterable, '__next__'):
            yield from iterable
        case _:
            raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")


def _add_slots(cls, is_frozen, weakref_slot):
    # Lib/dataclasses.py: a new class (its __slots__ cannot be set on the one made), with the namespace of
    # the first less the fields' defaults, __dict__ and __weakref__; the first class is left as garbage.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set(
        itertools.chain.from_iterable(map(_get_slots, cls.__mro__[1:-1]))
    )
    cls_dict["__slots__"] = tuple(
        itertools.filterfalse(
            inherited_slots.__contains__,
            itertools.chain(
                field_names, ('__weakref__',) if weakref_slot else ()
            )
        ),
    )
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def repr_name(name):
    return repr(name)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field ' + f.name + ' is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar ' + repr(f.name) + ' must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, **kwargs):
    # Listed in __all__ (so \`from dataclasses import *\` binds it), but not modelled.
    _lens_not_modelled('make_dataclass()')
`;
