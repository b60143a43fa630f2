# replace with counts and empty patterns; partition/rpartition; join's TypeErrors.
print('aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'))
print('aaa'.replace('a', 'b', -1), 'banana'.replace('an', 'AN', 1), 'banana'.replace('a', ''))
for call in (lambda: 'abc'.replace('a', 1), lambda: 'abc'.replace(1, 'a'), lambda: 'aa'.replace('a', 'b', 1.0)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'abc'.partition('='), 'abc'.rpartition('='))
for call in (lambda: 'abc'.partition(''), lambda: 'abc'.partition(1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print('-'.join(['a', 'b']), '-'.join('abc'), repr('-'.join([])), '-'.join(('x',)))
for items in (['a', 1], [1], ['a', b'b'], 5):
    try:
        '-'.join(items)
    except TypeError as e:
        print('TypeError:', e)
print(b'aaa'.replace(b'a', b'b', 1), b'abc'.replace(b'', b'-'), b'a=b'.partition(b'='), b'-'.join([b'a', bytearray(b'b')]))
try:
    b'-'.join([b'a', 'b'])
except TypeError as e:
    print('TypeError:', e)
