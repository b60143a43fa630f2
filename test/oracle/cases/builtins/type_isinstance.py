values = [1, 2.0, 'three', [4], (5,), {6: 6}, {7}, None, True, b'8', 3j]
for v in values:
    print(type(v).__name__, end=' ')
print()
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)))
print(type(1) is int, type(True) is int, type(type(1)).__name__)
print(issubclass(bool, int), issubclass(int, object))
