# A list of pairs without the comma between two of them: a call of a tuple, warned about when the
# program is compiled, then a TypeError when it runs.
points = [(1, 2) (3, 4)]
print(points)
