# int's and float's __floor__, __ceil__, __trunc__ and __round__ called directly: an int (the exact
# int for a subclass or bool), NaN and infinity refused, __round__ taking at most one argument.
for x in [2.675, -2.5, 0.5, 1e300, -0.0, 7, -256, True, 10 ** 20]:
    print(repr(x), x.__floor__(), x.__ceil__(), x.__trunc__(), x.__round__(), x.__round__(1), x.__round__(-1),
          type(x.__floor__()).__name__)
for expr in ["float('nan').__floor__()", "float('inf').__ceil__()", "(2.5).__round__(1, 2)", "(3).__floor__(1)",
             "float('inf').__round__()", "float('inf').__round__(1)"]:
    try:
        print(expr, '->', eval(expr))
    except (ValueError, OverflowError, TypeError) as e:
        print(expr, '->', type(e).__name__, e)

class I(int):
    pass

print(type(I(3).__floor__()).__name__, int.__floor__(5), float.__ceil__(1.2), float.__trunc__(-1.9))
