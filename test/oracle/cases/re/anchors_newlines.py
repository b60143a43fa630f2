# `$` matches at the end and before a final newline (not before others without MULTILINE), \Z only at
# the end, \A only at the start, `^` after every newline with MULTILINE, `.` stops at \n only.
import re

print(re.search('b$', 'ab\n'), re.search(r'b\Z', 'ab\n'), re.search('b$', 'ab\n\n'), re.search('a$', 'a\nb'))
print(re.findall('$', 'a\n'), re.findall('$', 'a\nb\n', re.M), re.findall(r'\Z', 'a\n'))
print(re.findall('^.', 'ab\ncd\n', re.M), re.findall(r'\A.', 'ab\ncd', re.M), re.findall('.$', 'ab\ncd\n', re.M))
print(re.sub('$', '!', 'a\nb\n'), re.sub('(?m)$', '!', 'a\nb\n'), re.split('$', 'x\n'))
print(re.findall('.', 'a\rb\u2028c\nd'), re.fullmatch('a$', 'a\n'), re.fullmatch('a\n', 'a\n'))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1), re.compile(r'\Aa').match('ba', 1))
print(re.search(r'(?<=\n)x', 'a\nx'), re.search(r'x(?=\n)', 'x\n'), re.search(r'x(?!\n)', 'x\nx'))
