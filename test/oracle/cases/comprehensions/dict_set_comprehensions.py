words = ['apple', 'bob', 'kayak', 'level', 'python']
print({w: len(w) for w in words})
print({w for w in words if w == w[::-1]} == {'bob', 'kayak', 'level'})
print(sorted({len(w) for w in words}))
inverted = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inverted)
print({i: [j for j in range(i)] for i in range(4)})
