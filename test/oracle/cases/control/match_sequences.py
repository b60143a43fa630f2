# Sequence patterns: lists, tuples and ranges match; str, bytes and dicts do not.
def shape(s):
    match s:
        case []:
            return 'empty'
        case [x]:
            return f'one: {x!r}'
        case [first, *middle, last] if len(middle) > 2:
            return f'long: {first}..{last} ({len(middle)} between)'
        case (a, b, *rest):
            return f'a={a} b={b} rest={rest}'
        case _:
            return 'not a sequence'

for s in [[], [1], (2,), [1, 2], (1, 2, 3), range(4), list(range(7)), 'ab', b'xy', {1: 2}, 5]:
    print(repr(s), '->', shape(s))

def ends(s):
    match s:
        case [first, *_, last]:
            return first, last
        case [*_]:
            return None

print(ends([1, 2, 3, 4]), ends(['x', 'y']), ends([9]), ends(()))

match [1, [2, [3, 4]], (5,)]:
    case [a, [b, [*cd]], (e,)]:
        print('nested', a, b, cd, e)

match (1, 2):
    case [1, 2] | (3, 4):
        print('list pattern matches a tuple')
