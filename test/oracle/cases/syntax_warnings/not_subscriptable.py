# Indexing a set display or a number: the compiler knows it cannot work.
def first(items):
    return items[0]

print(first([7, 8]))
print({1, 2}[0])
