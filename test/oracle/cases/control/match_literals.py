# Literal and value patterns: == for numbers and strings (1 == 1.0 == True), `is` for None,
# True and False; dotted names are looked up, plain names capture.
class Color:
    RED = 'red'
    GREEN = 'green'

class Consts:
    class Circle:
        PI = 3.14159

def lit(v):
    match v:
        case None:
            return 'None'
        case True:
            return 'True (by identity)'
        case False:
            return 'False (by identity)'
        case 0:
            return 'zero'
        case -1 | -2.5:
            return 'a negative literal'
        case 1 + 2j | -1 - 0.5j:
            return 'a complex literal'
        case 'a' 'b':
            return 'the string ab'
        case b'bytes':
            return 'bytes'
        case Color.RED | Color.GREEN:
            return 'a color'
        case Consts.Circle.PI:
            return 'pi (a dotted name)'
        case 1:
            return 'one (1 == 1.0 too)'
        case other:
            return f'captured {other!r}'

for v in [None, True, False, 0, 0.0, -1, -2.5, 1 + 2j, -1 - 0.5j, 'ab', b'bytes', 'red', 3.14159, 1.0, [1]]:
    print(repr(v), '->', lit(v))
