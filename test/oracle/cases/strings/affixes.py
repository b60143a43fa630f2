# startswith/endswith with start/end and tuples, their TypeErrors; removeprefix/removesuffix.
s = 'hello.py'
print(s.startswith('ello', 1), s.startswith('h', 1), s.endswith('.py', 0, 8), s.endswith('lo', 0, 5))
print(s.endswith(('.txt', '.py')), s.startswith(()), s.startswith('', 8), s.startswith('', 9))
print(s.endswith('py', -2), s.startswith('h', None, None), s.endswith('hello', None, -3))
for bad in (1, ['.py'], ('.py', 2), None):
    try:
        s.endswith(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    s.startswith()
except TypeError as e:
    print('TypeError:', e)
print(s.removeprefix('hello'), s.removesuffix('.py'), s.removeprefix('x'), s.removesuffix(''))
try:
    s.removeprefix(1)
except TypeError as e:
    print('TypeError:', e)
print(b'data.bin'.startswith(b'data'), b'data.bin'.endswith((b'.txt', b'.bin')), b'data'.endswith(b'a', 0, 3))
try:
    b'data'.startswith('d')
except TypeError as e:
    print('TypeError:', e)
