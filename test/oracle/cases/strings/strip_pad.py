# strip with characters; center/ljust/rjust/zfill and their fill-character errors; expandtabs.
print(repr('xxhixx'.strip('x')), repr('-a-'.strip('-^')), repr('a]b]'.rstrip(']')), repr('abc'.strip('')))
print(repr('\u3000a\x1c'.strip()), repr('  a  '.lstrip()), repr('  a  '.rstrip(None)))
try:
    'abc'.strip(1)
except TypeError as e:
    print('TypeError:', e)
print(repr('ab'.center(7, '*')), repr('abc'.center(6, '*')), repr('abc'.center(8)), repr('ab'.center(1)))
print(repr('ab'.ljust(5, '-')), repr('ab'.rjust(5, '0')), repr('ab'.ljust(True)))
for fill in ('**', '', 1):
    try:
        'ab'.center(7, fill)
    except TypeError as e:
        print('TypeError:', e)
print('42'.zfill(5), '-42'.zfill(5), '+x'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
print(repr('a\tbc\td'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('ab\tc\r\td'.expandtabs(3)), repr('a\tb'.expandtabs(0)))
print(repr(b'  x  '.strip()), b'xxhixx'.strip(b'x'), b'ab'.center(6, b'*'), b'-4'.zfill(4), b'a\tb'.expandtabs(4))
try:
    b'ab'.center(6, '*')
except TypeError as e:
    print('TypeError:', e)
