# The types module's names for the interpreter's own types (Lib/types.py), and mappingproxy(mapping):
# a read-only view (dataclasses keeps a field's metadata in one).
import types
import dataclasses


def gen():
    yield 1


print(isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType), types.BuiltinMethodType)
print(types.CodeType, types.CellType, types.FrameType, types.TracebackType, types.MappingProxyType)
print(types.MethodDescriptorType, types.MethodWrapperType)
print(repr(types.MappingProxyType({'b': [2]})), str(types.MappingProxyType({})))
view = types.MappingProxyType({'a': 1})
print(view, view['a'], len(view), list(view), 'a' in view, view.get('b', 2))
for attempt in (lambda: view.__setitem__('a', 2), lambda: types.MappingProxyType([1]), lambda: types.MappingProxyType()):
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


@dataclasses.dataclass
class Point:
    x: int = dataclasses.field(default=0, metadata={'unit': 'cm'})
    y: int = 0


fx, fy = dataclasses.fields(Point)
print(fx.metadata, fy.metadata, fx.metadata['unit'], type(fy.metadata).__name__)
