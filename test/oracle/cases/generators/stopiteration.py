# PEP 479: a StopIteration raised inside a generator becomes RuntimeError("generator raised
# StopIteration"), caused by it; a return ends the generator normally.
def bad():
    yield 1
    raise StopIteration('too early')


try:
    print(list(bad()))
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)


def inner_next(it):
    while True:
        yield next(it)


try:
    print(list(inner_next(iter([1, 2]))))
except RuntimeError as e:
    print('RuntimeError:', e)


def good(it):
    for x in it:
        yield x
    return 'done'


g = good([1])
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('return value', e.value)

print(list(bad()))
