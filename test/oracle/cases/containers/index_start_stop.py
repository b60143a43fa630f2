# list.index and tuple.index take optional start and stop, like a slice's (the tutorial's
# fruits.index('banana', 4)): negative ones count from the end, a stop past the end is fine.
fruits = ['orange', 'apple', 'pear', 'banana', 'kiwi', 'apple', 'banana']
print(fruits.index('banana'), fruits.index('banana', 4), fruits.index('apple', -3), fruits.index('apple', 0, 2))
print(fruits.index('orange', -100, 100), fruits.index('kiwi', 2, 10**30))
t = tuple(fruits)
print(t.index('banana', 4), t.index('apple', -3), t.index('pear', 1, -1))

tries = [
    lambda: fruits.index('banana', 7),
    lambda: fruits.index('kiwi', 0, 4),
    lambda: fruits.index('kiwi', None),
    lambda: fruits.index('kiwi', 1.5),
    lambda: fruits.index(),
    lambda: fruits.index('kiwi', 0, 4, 5),
    lambda: t.index('kiwi', 0, 4),
    lambda: t.index('kiwi', 0, None),
    lambda: t.index(),
]
for attempt in tries:
    try:
        attempt()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
