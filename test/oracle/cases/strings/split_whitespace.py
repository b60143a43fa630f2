# split/rsplit: sep None (runs of any whitespace) against sep ' ', maxsplit, and errors.
s = '  alpha  beta\tgamma\x1cdelta\x85 '
print(s.split())
print(s.split(' '))
print(s.split(None, 1), s.rsplit(None, 1))
print(s.split(maxsplit=0), s.rsplit(maxsplit=0), s.rsplit(maxsplit=2))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 2), 'a,b'.split(',', -5))
print(''.split(), ''.split(','), '   '.split(), '   '.split(' '))
for call in (lambda: 'a b'.split(''), lambda: 'a b'.split(1), lambda: 'a b'.split(' ', '1'),
             lambda: 'a b'.split(sep=' ', x=1), lambda: 'a'.split(' ', 1, 2)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b' a  b\tc '.split(), b'a,b,c'.rsplit(b',', 1), b'a b c'.split(None, 1))
