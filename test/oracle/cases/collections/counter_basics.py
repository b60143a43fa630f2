from collections import Counter

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], len(c), c.total())
print(c.most_common(2), c.most_common()[-1], c.most_common(0))
print(sorted(c.elements()))
words = Counter(['red', 'blue', 'red', 'green', 'blue', 'red'])
print(words, words.most_common(1))
print(Counter({'x': 3, 'y': 1}), Counter(cats=4, dogs=8), Counter())
words.update(['blue', 'blue'])
words.update({'red': -1})
print(words)
words.subtract(['green', 'green'])
print(words)
del words['red']
del words['not there']
print(words, +words)
c2 = Counter(a=3, b=1)
c2['c'] += 2
print(c2, dict(c2), list(c2))
ties = Counter('bbaacc')
print(ties, ties.most_common())
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(isinstance(c, dict), type(c).__name__, c.copy() == c)
