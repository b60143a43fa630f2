# re.match/search/fullmatch and a Match's groups: group() with several arguments and names, groups(default),
# groupdict, start/end/span, __getitem__, lastindex/lastgroup, pos/endpos, and "no such group".
import re

m = re.match(r'(\w+) (?P<last>\w+)(, (?P<title>\w+))?', 'Isaac Newton, physicist')
print(m.group(), m.group(1), m.group(1, 'last'), m[2], m['title'])
print(m.groups(), m.groupdict(), m.span('last'), m.start(3), m.end())
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string)
m = re.match(r'(a)(b)?(?P<c>c)?', 'ac')
print(m.groups(), m.groups('-'), m.groupdict(''), m.span(2), m.regs, m.lastindex, m.lastgroup)
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)|(b)', 'b').lastindex)
print(re.search(r'\d+', 'abc 123 def'), re.search(r'\d+', 'no digits'))
print(re.match(r'\d+', 'abc 123'), re.fullmatch(r'\w+@\w+\.com', 'joe@site.com'), re.fullmatch(r'a+', 'aab'))
p = re.compile(r'(\d+)-(\d+)')
m = p.search('tel 555-1234 ok', 2, 13)
print(m, m.pos, m.endpos, p.match('555-1234', 1), p.fullmatch('x555-1234', 1))
for g in (3, 'nope', -1):
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError:', e)
print(m.expand(r'\2/\1 \g<0>'), bool(re.match('a', 'b')))
