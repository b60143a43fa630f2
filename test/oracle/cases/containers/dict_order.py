d = {}
for key in ['zeta', 'alpha', 'mid', 'beta']:
    d[key] = len(key)
print(list(d))
d['alpha'] = 0
print(list(d.items()))
del d['zeta']
d['zeta'] = 9
print(list(d))
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
counts = {}
for word in 'the cat and the hat and the bat'.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
