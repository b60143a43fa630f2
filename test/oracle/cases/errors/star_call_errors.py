# The errors of * and ** in calls and displays name the callable (_PyObject_FunctionStr).
def f(*args, **kwargs):
    return args, kwargs

class A:
    def m(self, *args):
        return args

def attempt(label, thunk):
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(label, '->', type(e).__name__, e)

attempt('f(*1)', lambda: f(*1))
attempt('print(*None)', lambda: print(*None))
attempt('f(1, *2)', lambda: f(1, *2))
attempt('A().m(*1.5)', lambda: A().m(*1.5))
attempt('A(*1)', lambda: A(*1))
attempt('[].append(*3)', lambda: [].append(*3))
attempt('[*1]', lambda: [*1])
attempt('(*1,)', lambda: (*1,))
attempt('{*1}', lambda: {*1})
attempt('{**1}', lambda: {**1})
attempt('f(**[1])', lambda: f(**[1]))
attempt('print(**None)', lambda: print(**None))
attempt('duplicate', lambda: f(a=1, **{'a': 2}))
attempt('duplicate twice', lambda: f(**{'a': 1}, **{'a': 2}))
attempt('keys not str', lambda: f(**{1: 2}))

class Mapping:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, key):
        return key * 2

print(f(**Mapping()))
print({**Mapping(), 'c': 3})
print(dict(Mapping()))

class BadKeys:
    def keys(self):
        return 5

attempt('keys() returns int', lambda: f(**BadKeys()))
attempt('keys() returns int, display', lambda: {**BadKeys()})

class KeyErrorMapping:
    def keys(self):
        return ['a']
    def __getitem__(self, key):
        raise KeyError('missing')

# 3.11 lets the mapping's own KeyError through; 3.12+ reports it as a duplicate keyword.
try:
    f(**KeyErrorMapping())
except (KeyError, TypeError) as e:
    print(type(e).__name__, e)

attempt('join', lambda: ''.join(5))
attempt('in', lambda: 1 in 5)
attempt('dict([1])', lambda: dict([1]))
attempt('dict([(1, 2), (3,)])', lambda: dict([(1, 2), (3,)]))
print(*None)
