# re.error for bad patterns: message, position, line and column (the common ones of Lib/re/_parser.py),
# and the TypeErrors of wrong argument types.
import re

bad = ['(', 'a)', '*', 'a**', '[a', 'a{3,2}', r'\q', '(?P<1>a)', '(?P=x)', '(?P<a>x)(?P<a>y)',
       'a(?i)b', '(?z)', r'(a)\2', '(?<=a+)b', 'a\nb(', '[z-a]', '+a', '(?#abc', '\\', '[]', 'a???']
for pattern in bad:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile('(ab')
except re.error as e:
    print(type(e).__name__, e.pattern, e.args)
for args in ((None, 'a'), ('a', None), ('a', b'a'), (b'a', 'a')):
    try:
        re.match(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError:', e)
