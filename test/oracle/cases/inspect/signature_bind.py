# Signature.bind() and bind_partial(): the BoundArguments (arguments, args, kwargs, apply_defaults) and the
# TypeErrors of a call that does not fit, whose wording changed in 3.12 (a missing keyword-only argument)
# and 3.13 (positional-only arguments passed by keyword).
import inspect

def f(a, b=2, *args, c, d=4, **kw):
    pass

sig = inspect.signature(f)
ba = sig.bind(1, c=3)
print(ba, ba.arguments)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
print(sig.bind(1, 2, 3, 4, c=5, e=6).arguments)
print(sig.bind_partial(c=1), sig.bind_partial())

def po(a, b, /, c, *, d):
    pass
s = inspect.signature(po)
calls = [
    lambda: s.bind(1, 2, 3),
    lambda: s.bind(1, 2, 3, d=4, e=5),
    lambda: s.bind(1, b=2, c=3, d=4),
    lambda: s.bind(1, 2, c=3),
    lambda: s.bind(1, 2, 3, 4, d=1),
    lambda: s.bind(1, 2, 3, c=3, d=4),
    lambda: sig.bind(),
    lambda: s.bind_partial(1, d=3),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)

def with_kw(a, /, **kw):
    pass
try:
    print(inspect.signature(with_kw).bind(1, a=2).arguments)
except TypeError as e:
    print('TypeError:', e)
