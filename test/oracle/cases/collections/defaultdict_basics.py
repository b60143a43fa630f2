from collections import defaultdict

groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], len(groups))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts['s'], counts.get('q'), 'q' in counts)
tags = defaultdict(set)
tags['x'].add(1)
tags['x'].add(1)
print(tags, tags.default_factory)
zeros = defaultdict(lambda: 'n/a', a='given')
print(zeros['a'], zeros['b'], sorted(zeros))
plain = defaultdict()
try:
    plain['missing']
except KeyError as e:
    print('KeyError', e)
print(plain, defaultdict(None, x=1), defaultdict(int, [('k', 2)]))
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
copy = counts.copy()
print(type(copy).__name__, copy == counts, copy is counts)
print(counts | {'z': 9}, type({'y': 1} | counts).__name__)
counts.default_factory = list
print(counts['new'], counts.default_factory)
print(isinstance(groups, dict), defaultdict.__name__, type(groups))
