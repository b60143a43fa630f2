# range.index and range.count (the library reference's range examples): arithmetic for ints and
# bools, a search comparing each value with == for anything else.
r = range(0, 20, 2)
print(r, 11 in r, 10 in r, r.index(10), r[5], r[:5], r[-1])
print(r.count(4), r.count(5), r.count(True), r.count(4.0), r.count('4'))
print(range(10, 0, -3).index(4), range(10, 0, -3).index(True), range(5).index(3.0), range(-5, 5).index(-5))
print(range(10**20, 10**20 + 10).index(10**20 + 7))
for attempt in (lambda: r.index(3), lambda: r.index(20), lambda: range(10, 0, -3).index(0),
                lambda: r.index(3.5), lambda: r.index('a'), lambda: r.index(), lambda: r.count(1, 2)):
    try:
        print(attempt())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
