import itertools

letters = "abcdefgh"
print(list(itertools.islice(letters, 3)))
print(list(itertools.islice(letters, 2, 6)))
print(list(itertools.islice(letters, 1, None, 3)))
print(list(itertools.islice(letters, None)))
it = iter(letters)
print(list(itertools.islice(it, 2)), next(it))

for args in [(0, 5, 0), ("x",), (-2, 4), (1, -3)]:
    try:
        itertools.islice(letters, *args)
    except ValueError as e:
        print(args, "ValueError:", e)
try:
    itertools.islice(letters)
except TypeError as e:
    print("TypeError:", e)

last_three = itertools.islice(letters, -3, None)
