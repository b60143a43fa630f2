// The Python half of the operator module, run by the simulator when `operator` is first imported:
// itemgetter, attrgetter and methodcaller, written for CPython Lens after Modules/_operator.c.

export const OPERATOR_SOURCE = `
# The operator functions (add, mul, neg, getitem, ...) are native (modules/operator.ts), as in
# CPython's C _operator; itemgetter, attrgetter and methodcaller are C types there and classes
# here, holding the same references, with the C reprs and messages.


class attrgetter:
    __slots__ = ('_attrs', '_call')

    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs

    def _resolve(self, obj, attr):
        for name in attr.split('.'):
            obj = getattr(obj, name)
        return obj

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('attrgetter expected 1 argument, got %d' % len(args))
        obj = args[0]
        if len(self._attrs) == 1:
            return self._resolve(obj, self._attrs[0])
        return tuple([self._resolve(obj, attr) for attr in self._attrs])

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))


class itemgetter:
    __slots__ = ('_items',)

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('itemgetter expected 1 argument, got %d' % len(args))
        obj = args[0]
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))


class methodcaller:
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self = args[0]
        if not isinstance(args[1], str):
            raise TypeError('method name must be a string')
        self._name = args[1]
        self._args = args[2:]
        self._kwargs = kwargs

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(args)


_lens_install_methodcaller_call(methodcaller)
del _lens_install_methodcaller_call
_lens_c_types(attrgetter, itemgetter, methodcaller)
del _lens_c_types
`;
