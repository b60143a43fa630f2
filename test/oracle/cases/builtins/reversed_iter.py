print(list(reversed([1, 2, 3])), ''.join(reversed('stressed')))
print(list(reversed(range(5))))
it = iter(['a', 'b'])
print(next(it), next(it), next(it, 'stop'))
d = {'first': 1, 'second': 2, 'third': 3}
print(list(reversed(d)), list(d), list(d.values()))
