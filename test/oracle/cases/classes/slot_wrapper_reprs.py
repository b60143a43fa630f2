# The special methods of built-in types as objects: slot wrappers (wrapper_descriptor) where CPython's
# slotdefs make them, method descriptors where the type lists them in tp_methods (list.__getitem__,
# dict.__contains__, object.__format__), builtins for __new__; bound, method-wrappers or built-in methods.
import types


def shown(o):
    # The repr without the address of a bound method's object.
    r = repr(o)
    at = r.find(' at 0x')
    return r if at < 0 else r[:at] + '>'


unbound = [
    int.__add__, int.__radd__, int.__sub__, int.__pow__, int.__lt__, int.__eq__, int.__neg__, int.__bool__,
    int.__index__, int.__int__, int.__float__, int.__repr__, int.__hash__, int.__invert__, int.__abs__,
    float.__mul__, float.__rtruediv__, float.__bool__, float.__repr__, float.__hash__, float.__ge__,
    str.__add__, str.__len__, str.__getitem__, str.__contains__, str.__mod__, str.__mul__, str.__repr__,
    str.__str__, str.__hash__, str.__iter__, str.__lt__,
    list.__len__, list.__getitem__, list.__add__, list.__contains__, list.__repr__, list.__init__,
    list.__mul__, list.__rmul__, list.__iter__, list.__eq__, list.__lt__,
    tuple.__getitem__, tuple.__len__, tuple.__add__, tuple.__hash__, tuple.__iter__, tuple.__contains__, tuple.__ge__,
    dict.__getitem__, dict.__contains__, dict.__len__, dict.__setitem__, dict.__delitem__, dict.__iter__,
    dict.__or__, dict.__ror__, dict.__repr__, dict.__init__, dict.__eq__,
    set.__len__, set.__contains__, set.__or__, set.__and__, set.__sub__, set.__iter__, set.__init__, set.__le__,
    frozenset.__contains__, frozenset.__hash__, frozenset.__xor__,
    object.__init__, object.__repr__, object.__str__, object.__hash__, object.__eq__, object.__ne__, object.__lt__,
    object.__getattribute__, object.__setattr__, object.__delattr__,
    object.__format__, object.__sizeof__, object.__dir__,
    type.__call__, bool.__repr__,
]
for m in unbound:
    print(shown(m), type(m).__name__, m.__name__, m.__qualname__)

print(shown(object.__new__), type(object.__new__).__name__)
print(shown(int.__new__), type(int.__new__).__name__)

bound = [(3).__add__, (3).__neg__, (2.5).__mul__, 'ab'.__len__, 'ab'.__getitem__, [1].__len__, [1].__getitem__,
         [1].__iter__, (1,).__hash__, {}.__getitem__, {}.__contains__, {}.__len__, {1}.__contains__, {1}.__or__,
         object().__init__, object().__eq__, object().__format__, int.__call__]
for m in bound:
    print(shown(m), type(m).__name__, m.__name__)

print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType)
print(type(int.__add__) is types.WrapperDescriptorType, type((1).__add__) is types.MethodWrapperType)
print(type(list.__getitem__) is types.MethodDescriptorType, type([].__getitem__) is types.BuiltinMethodType)
print(isinstance(list.__len__, types.WrapperDescriptorType), callable(int.__add__), callable((1).__add__))
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__)
print(int.__add__ is int.__add__, int.__add__ == int.__add__, bool.__add__ is int.__add__)
print('__add__' in vars(int), '__add__' in vars(bool), '__and__' in vars(bool))
