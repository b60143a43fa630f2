# A subscript that fails: the container is underlined with ~ and the brackets with ^.
grid = [[1, 2, 3], [4, 5, 6]]
settings = {'width': 2}


def cell(row, col):
    return grid[row][col]


print(cell(1, 2))
try:
    print(settings['height'])
except KeyError as e:
    print('missing', e)
print(cell(1, settings['width'] + 1))
