# Errors of built-in functions given arguments they cannot use (min/max's wording changed in 3.12).
def attempt(label, thunk):
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(label, '->', type(e).__name__, e)

attempt('min([])', lambda: min([]))
attempt('max(())', lambda: max(()))
print(max([], default='empty'))
attempt('setattr(o, 1, 2)', lambda: setattr(object(), 1, 2))
attempt('delattr(o, None)', lambda: delattr(object(), None))
attempt('bytes(-1)', lambda: bytes(-1))
attempt('bytearray(-2)', lambda: bytearray(-2))
attempt("bytes('abc')", lambda: bytes('abc'))
attempt("bytes(3, 'utf-8')", lambda: bytes(3, 'utf-8'))
attempt("str(b'x', 'utf-8', 5)", lambda: str(b'x', 'utf-8', 5))
attempt("str(3, 'utf-8')", lambda: str(3, 'utf-8'))
