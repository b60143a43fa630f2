# The reprs of Pattern (flags but UNICODE, the pattern cut at 200 characters) and Match (its match cut
# at 50), the types' names, groupindex as a mappingproxy, and Pattern equality.
import re

print(re.compile('a+'), re.compile('a+', re.IGNORECASE), re.compile(r'\d', re.I | re.M | re.S))
print(re.compile("it's"), re.compile(r'(?P<word>\w+)\s'), re.compile('x', re.X | re.A))
print(repr(re.compile('a' * 250))[-20:])
m = re.search(r'b+', 'aabbbcc')
print(m, repr(m), str(m))
print(re.match('.*', 'x' * 80))
print(re.match('', 'abc'), re.compile(''))
print(type(m), type(re.compile('a')), re.Pattern, re.Match, type(m).__name__)
p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)')
print(p.groupindex, type(p.groupindex).__name__, p.groups, p.pattern)
print(re.compile('ab') == re.compile('ab'), re.compile('ab') == re.compile('ab', re.I))
print(re.match(rb'\w+', b'bytes here'), re.compile(rb'a\d', re.I), re.findall(rb'\d', b'a1b2'))
