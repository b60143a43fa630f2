import sys

data = {
    'users': [
        {'name': 'ann', 'tags': ['admin', 'dev']},
        {'name': 'bob', 'tags': []},
    ],
    'count': 2,
}
for u in data['users']:
    print(u['name'], len(u['tags']), ','.join(u['tags']) or '-')
bob = data['users'][1]
print("refs of bob's dict:", sys.getrefcount(bob), "tags list:", sys.getrefcount(bob['tags']))
data['users'][1]['tags'].append('new')
print(data['users'][1])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
shallow = [row for row in matrix]
shallow[0][0] = 99
print(matrix[0][0])
