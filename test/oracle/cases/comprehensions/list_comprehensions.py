print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() if c in 'aeiou' else c for c in 'comprehension'])
matrix = [[1, 2], [3, 4], [5, 6]]
print([n for row in matrix for n in row])
print([[row[i] for row in matrix] for i in range(2)])
