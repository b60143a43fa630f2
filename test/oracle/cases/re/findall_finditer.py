# findall (no group, one group, several groups), finditer's Match objects and its iterator type, and
# where empty matches are allowed (next to a previous match, never twice at one position).
import re

print(re.findall(r'\d+', 'a1 b22 c333'), re.findall(r'(\w)\d', 'a1 b2'), re.findall(r'(\w)(\d)', 'a1 b2'))
print(re.findall(r'(a)|b', 'ab'), re.findall('', 'abc'), re.findall('a*', 'baaac'))
it = re.finditer(r'\w+', 'alpha beta  gamma')
print(type(it).__name__)
for m in it:
    print(m.span(), m.group())
print([m.span() for m in re.finditer('x*', 'axxb')])
print(re.findall(r'a{2,}', 'aaaa a aa'), re.findall(r'a{,2}', 'aaa'), re.findall(r'x{', 'x{'), re.findall(r'a{1,2}?', 'aaa'))
print(re.findall(r'(?:ab)+', 'ababxab'), re.findall(r'a++b', 'aab ab b'), re.findall(r'(?>a|ab)c', 'abc ac'))
p = re.compile(r'o')
print(p.findall('foo boo', 2), p.findall('foo boo', 0, 5))
