# References: a Match holds its string and its pattern; group strings are new objects except a group that
# is the whole string; re's cache returns the same Pattern (`is`), and holds it (3.12+ twice); a string
# template's compiled form (an lru_cache) holds the pattern too; purge() lets them go.
import re
import sys

text = 'the quick brown fox'
p = re.compile(r'(\w+) (\w+)')
print(re.compile(r'(\w+) (\w+)') is p, re.compile(r'(\w+) (\w+)', re.I) is p)
before_p, before_text = sys.getrefcount(p), sys.getrefcount(text)
m = p.match(text)
print(sys.getrefcount(m), sys.getrefcount(p) - before_p, sys.getrefcount(text) - before_text)
g = m.group(1)
print(sys.getrefcount(g), m.group(1) is g, m.group(1) == g, m.string is text, m.re is p)
print(re.match('.*', text).group() is text, re.sub('zzz', 'y', text) is text)
ms = list(p.finditer(text + ' jumps over'))
print(len(ms), sys.getrefcount(p) - before_p)
del ms, m
print(sys.getrefcount(p) - before_p, sys.getrefcount(text) - before_text)
p.sub('x', text)
print(sys.getrefcount(p) - before_p)
p.sub(r'\2 \1', text)
print(sys.getrefcount(p) - before_p)
re.purge()
print(sys.getrefcount(p) - before_p, re.compile(r'(\w+) (\w+)') is p)


class Text(str):
    def __del__(self):
        print('Text freed')


s = Text('abc abc')
m = re.search('b', s)
del s
print('the match still holds the string')
del m
print('done')
