# A bracket left open: CPython points at the bracket, on its own line.
numbers = [1, 2, 3
total = sum(numbers)
print(total)
