# throw() and close() on a generator delegating with `yield from` go to the subgenerator first;
# its return value or exception comes back to the `yield from`, as a subgenerator's return value
# does when it ends by itself.
def inner():
    try:
        yield 'i1'
        yield 'i2'
    except ValueError as e:
        print('inner caught', e)
        return 'inner result'
    finally:
        print('inner finally')


def outer():
    try:
        r = yield from inner()
        print('outer got', r)
        yield 'o1'
    finally:
        print('outer finally')


def summed():
    total = yield from inner_total()
    print('the yield from is worth', total)


def inner_total():
    yield 'x'
    return 42


print(list(summed()))
g = outer()
print(next(g))
print(g.throw(ValueError('v')))
g.close()
print('--')
g = outer()
print(next(g))
g.close()
print('--')
g = outer()
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))


def from_list():
    try:
        yield from [1, 2, 3]
    except ValueError:
        print('a list iterator has no throw(): caught in the generator')
        yield 'recovered'


g = from_list()
print(next(g))
print(g.throw(ValueError))
g = outer()
next(g)
g.throw(IndexError('uncaught through both'))
