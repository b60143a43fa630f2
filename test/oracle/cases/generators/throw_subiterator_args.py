# throw() into a generator delegating with `yield from` to an iterator that is not a generator passes
# its arguments on as given (_gen_throw): one stays one, a class stays a class; the iterator's
# StopIteration value ends the `yield from`.
class Sub:
    def __iter__(self):
        return self
    def __next__(self):
        return 'x'
    def throw(self, *args):
        print('throw got', [a.__name__ if isinstance(a, type) else repr(a) for a in args])
        raise StopIteration('handled')

def g():
    r = yield from Sub()
    print('yield from gave', r)
    yield 'end'

it = g()
next(it)
print(it.throw(KeyError('k')))
it = g()
next(it)
print(it.throw(KeyError))
it = g()
next(it)
print(it.throw(KeyError, KeyError('v'), None))
