words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=True))
print(min(words), max(words), min(words, key=len), max(3, 9, 4))
print(min([], default='empty'), sum([1, 2, 3]), sum([0.5, 0.25], 10))
people = [('ann', 31), ('bob', 25), ('cy', 31)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
