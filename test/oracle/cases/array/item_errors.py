import array

def attempt(tc, v):
    try:
        a = array.array(tc, [v])
        print(tc, 'ok', a)
    except Exception as e:
        print(tc, type(e).__name__ + ':', e)

for tc, values in [
    ('b', [127, -128, 128, -129, 40000, 2**70, 1.5, 'x', None]),
    ('B', [255, 256, -1, 2**70, 1.5]),
    ('h', [2**15 - 1, 2**15, -2**15 - 1, 2**70]),
    ('H', [2**16 - 1, 2**16, -1, 2**31, 2**70]),
    ('i', [2**31 - 1, 2**31, -2**31 - 1, 2**70, 3.0]),
    ('I', [2**32 - 1, 2**32, -1, 2**70, 1.0, 'x']),
    ('l', [2**63 - 1, 2**63, -2**63 - 1, 'x']),
    ('L', [2**64 - 1, 2**64, -1, 2.0]),
    ('q', [2**63, -2**63 - 1, [1]]),
    ('Q', [2**64, -1, 2**64 - 1, None]),
    ('f', ['x', 10**400, 2**100, None, 3]),
    ('d', ['x', 10**400, 1, True, None]),
]:
    for v in values:
        attempt(tc, v)

# the same checks on item assignment, append, insert, extend and fromlist
a = array.array('b', [1, 2, 3])
for f in (lambda: a.__setitem__(0, 200), lambda: a.append(-200), lambda: a.insert(0, 'x'),
          lambda: a.extend([1, 1000]), lambda: a.fromlist([5, 300]), lambda: a.__setitem__(9, 1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(a, len(a))
