# gen.close(): GeneratorExit raised where the generator stopped, so its finally blocks run; a
# generator that yields instead is a RuntimeError. 3.13's close() returns what the generator returned.
def counted(name):
    try:
        yield 1
        yield 2
    finally:
        print('finally', name)


g = counted('a')
print(next(g))
print(g.close(), g.gi_frame)
print(g.close())
fresh = counted('never started')
print(fresh.close(), fresh.gi_frame)


def returning():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        return 'last words'


r = returning()
next(r)
print('close returned', r.close())


def stubborn():
    ignored = False
    while True:
        try:
            yield 'again'
        except GeneratorExit:
            if ignored:
                print('giving up')
                raise
            print('ignoring GeneratorExit')
            ignored = True


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e, repr(e.__context__))
print(s.gi_frame is not None)
print(s.close(), s.gi_frame)
