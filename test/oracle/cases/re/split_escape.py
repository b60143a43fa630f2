# split with maxsplit and groups (None for a group that did not take part), splitting on empty matches,
# escape, and purge.
import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=1))
print(re.split('(a)|b', 'xaybz'), re.split(r'\b', 'a b'), re.split('x*', 'axbc'))
print(re.split(r'[,;]\s*', 'a, b;c'), re.split('z', 'abc'), re.split(r'(\d)', ''))
print(re.escape('a.b*c?'), re.escape('1+1=2'), re.escape('tab\there'), re.escape('ok_word'))
print(re.compile(re.escape('a.b')).findall('a.b axb'), re.purge())
