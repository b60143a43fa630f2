# inspect.signature() of Python functions: its text, each parameter's name, kind (a _ParameterKind,
# an IntEnum), default and annotation, the return annotation, and the Parameter and Signature objects'
# reprs, replace() and equality.
import inspect

def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    pass

sig = inspect.signature(f)
print(sig)
print(repr(sig), type(sig.parameters).__name__, len(sig.parameters))
for name, p in sig.parameters.items():
    print(name, p.kind, repr(p.kind), int(p.kind), p.kind.description, p.default is p.empty, p.annotation, repr(p))
print(sig.return_annotation, sig.return_annotation is str)

def positional(x, y, /, z=None, *, w):
    pass
print(inspect.signature(positional))
print(inspect.signature(lambda: None), inspect.signature(lambda *a, **k: 0), inspect.signature(lambda x, *, y=1: x))
print([p.kind.name for p in inspect.signature(positional).parameters.values()])
print(inspect.Parameter.POSITIONAL_ONLY < inspect.Parameter.KEYWORD_ONLY, list(inspect.Parameter.POSITIONAL_ONLY.__class__))

print(sig.parameters['b'].replace(default=9), sig.replace(return_annotation=inspect.Signature.empty))
print(sig == inspect.signature(f), sig == inspect.signature(positional), hash(sig) == hash(inspect.signature(f)))
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=None, annotation=list))
for bad in ['1x', 'def']:
    try:
        inspect.Parameter(bad, inspect.Parameter.POSITIONAL_ONLY)
    except ValueError as e:
        print('ValueError:', e)
try:
    inspect.Signature([inspect.Parameter('a', inspect.Parameter.KEYWORD_ONLY),
                       inspect.Parameter('b', inspect.Parameter.POSITIONAL_ONLY)])
except ValueError as e:
    print('ValueError:', e)
try:
    inspect.signature(42)
except TypeError as e:
    print('TypeError:', e)
