# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE (and inline (?i), (?x), scoped (?s:...), (?i:...)), ASCII;
# RegexFlag's repr and arithmetic, and Pattern.flags with UNICODE added for str patterns.
import re

print(re.I, re.IGNORECASE | re.MULTILINE, re.M | re.S | re.X, re.A, re.NOFLAG, int(re.I | re.M))
print(type(re.I), re.I == 2, re.I | 1, re.DOTALL & re.S, re.A | re.DEBUG | re.L, re.RegexFlag(512), re.I | 512, ~re.I)
print(re.findall('a', 'aAbA', re.I), re.findall(r'^\w', 'ab\ncd', re.M), re.findall(r'^\w', 'ab\ncd'))
print(re.findall('a.c', 'a\nc abc'), re.findall('a.c', 'a\nc abc', re.S), re.findall('(?s:a.)c', 'a\nc'))
phone = re.compile(r'''
    (\d{3})   # area code
    [-.\s]?   # separator
    (\d{4})   # number
''', re.VERBOSE)
print(phone.search('call 555-1234 now').groups(), phone.flags, phone.groups)
print(re.match(r'(?x) a b c  # comment', 'abc'), re.match('(?i)hello', 'HeLLo'), re.findall('(?i:h)ello', 'Hello HELLO'))
print(re.compile('a').flags, re.compile('a', re.A).flags, re.compile('(?m)a').flags, re.compile('a', re.I | re.M).flags)
print(re.findall(r'\w+', 'naïve café 42', re.A), re.findall(r'\w+', 'naïve café 42'))
try:
    re.compile('a', re.A | re.U)
except ValueError as e:
    print('ValueError:', e)
