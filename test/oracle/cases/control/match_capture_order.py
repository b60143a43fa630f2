# The order in which captures are bound shows when they replace objects with __del__:
# CPython's peephole optimiser removes the SWAPs before STORE_FASTs by reordering the stores.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  freed', self.name)

def captures():
    a, b, c = Noisy('old a'), Noisy('old b'), Noisy('old c')
    print('match [1, [2, 3]] with [a, [b, c]]:')
    match [1, [2, 3]]:
        case [a, [b, c]]:
            print('  bound', a, b, c)
    a, b, c = Noisy('a2'), Noisy('b2'), Noisy('c2')
    print('match {...} with {"x": a, "y": (b, c)}:')
    match {'x': 'X', 'y': ('Y', 'Z')}:
        case {'x': a, 'y': (b, c)}:
            print('  bound', a, b, c)

def swap():
    x, y = Noisy('x'), Noisy('y')
    x, y = y, x
    print('swapped:', x.name, y.name)
    print('rebinding both in one statement:')
    x, y = 1, 2

captures()
swap()
print('module level (no optimisation of STORE_NAME):')
p, q = Noisy('p'), Noisy('q')
match (1, 2):
    case (p, q):
        print('  bound', p, q)
