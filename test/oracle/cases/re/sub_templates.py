# sub/subn with string templates (\1, \g<name>, \g<0>, escapes), with a function, count, empty matches,
# and the template errors (invalid group reference, unknown group name, bad escape).
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@site and ann@web'))
print(re.sub(r'(?P<n>\d+)', r'<\g<n>|\g<0>|\g<1>>', 'a12b3'), re.sub('a', r'\n\t|', 'bab'))
print(re.subn(r'\s+', ' ', 'a  b \t c'), re.sub('a', 'b', 'aaa', count=2), re.subn('x', 'y', 'abc'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(a)|(b)', r'[\1\2]', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('', '.', 'ab'))
print(re.sub('(?m)^', '> ', 'line 1\nline 2'), re.sub(r'\b', '|', 'to be'))
def shout(m):
    return m.group(0).upper() if len(m.group(0)) > 2 else None
print(re.sub(r'\w+', shout, 'a big dog runs'))
for template in (r'\2', r'\g<x>', r'\q', r'\g<1a>'):
    try:
        re.sub('(a)', template, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError:', e)
