# Guards run after the captures are bound; or-patterns try alternatives left to right; `as`
# binds the whole matched value. A capture stays bound even when the guard fails.
def classify(n):
    match n:
        case 0 | 1 | 2 as small:
            return f'small {small}'
        case int(x) if x % 2 == 0:
            return f'even {x}'
        case int(x) if print('guard saw', x) or x > 100:
            return f'big odd {x}'
        case (int() | float()) as other:
            return f'other number {other}'
    return 'not a number'

for n in [1, 8, 7, 101, 2.5, 'x']:
    print(classify(n))

def first_word(cmd):
    match cmd.split():
        case [('go' | 'walk' | 'run') as verb, ('north' | 'south') as where]:
            return f'{verb} to the {where}'
        case [verb, *_] if verb in ('look', 'see'):
            return 'looking'
        case [verb, *args]:
            return f'{verb} with {args}'
        case []:
            return 'silence'

for c in ['go north', 'run south', 'walk east', 'look around', 'take lamp key', '']:
    print(repr(c), '->', first_word(c))

match 5:
    case x if x > 10:
        print('no')
    case y:
        print('x still bound after the failed guard:', x, 'and y:', y)

match (1, 2):
    case (a, b) | [b, a] if a > b:
        print('swapped?', a, b)
    case (a, b):
        print('in order', a, b)
