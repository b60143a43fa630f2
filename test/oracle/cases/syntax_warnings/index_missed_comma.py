# Rows of a matrix without the comma between them: a list indexed by a tuple.
print("before")
matrix = [[1, 2] [3, 4]]
