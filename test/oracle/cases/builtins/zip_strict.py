# zip(strict=True) checks the arguments have the same length (the library reference's fee-fi-fo-fum):
# which argument is shorter or longer than the ones before it, after the tuples that did pair up.
print(list(zip(range(3), 'abc', strict=True)), list(zip(strict=True)), list(zip([1], strict=False)))
cases = [
    (range(3), ['fee', 'fi', 'fo', 'fum']),
    (['fee', 'fi', 'fo', 'fum'], range(3)),
    ([1, 2], [1, 2], [1]),
    ([1, 2], [1, 2], [1, 2, 3]),
    ([1], [1, 2], [1, 2]),
    ([], [1]),
]
for args in cases:
    out = []
    try:
        for item in zip(*args, strict=True):
            out.append(item)
    except ValueError as e:
        print(out, e)
z = zip([1, 2], [3], strict=1)
print(next(z))
try:
    next(z)
except ValueError as e:
    print(e)
print(list(z))
