# A set's order is its hash table's: which slot each member took, which slots removals left as
# dummies, how merges copied or re-added, and where pop()'s finger stands.
import sys

s = set()
for x in (3, 1, 2):
    s.add(x)
print(s.pop(), s.pop(), s)

u = {5, 6, 7}
u.discard(6)
u.add(14)          # takes the dummy 6 left
u.add(22)
print(u, sys.getsizeof(u))

t = set(range(100))
for i in range(95):
    t.discard(i)
t.add(300)
print(t, sys.getsizeof(t))

a = {True, (6, 2), (9, 4), 790847}   # a constant: the compiler rebuilds its frozenset once
print(a, set(a), a.copy(), frozenset(a))
f = frozenset(a)
print(f.copy() is f, type(f.copy()).__name__)

b = {1, 2, 3, 8, 9, 16}
c = {9, 17, 25, 2}
print(b | c, b & c, b - c, b ^ c, c ^ b)
print(b.union(c, [33, 41]), b.intersection(c, {2, 9, 99}), b.difference(c, {1}), b.symmetric_difference([25, 1]))
d = set(b)
d |= c
print(d, sys.getsizeof(d))
d -= {1, 2, 3}
print(d)
d ^= {8, 100, 108}
print(d)
d &= {9, 16, 17, 100, 108, 0}
print(d)
e = set(b)
e.update({40: 'x', 48: 'y'})
e.symmetric_difference_update({1: 'a', 56: 'b'})
e.intersection_update(range(50), [2, 3, 8, 9, 16, 40, 48])
e.difference_update([3], {8})
print(e, sys.getsizeof(e))

# A deterministic stream of operations (a linear congruential generator, so no random module).
state = 12345
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

sets = [set(), {1, 2, 3}, set(range(20))]
for step in range(300):
    k = rand(12)
    i, j = rand(3), rand(3)
    v = rand(3000) - 1000 if rand(4) else (rand(10), rand(10))
    if k < 4:
        sets[i].add(v)
    elif k < 6:
        sets[i].discard(v)
    elif k == 6 and sets[i]:
        sets[i].pop()
    elif k == 7:
        sets[i] = sets[i] | sets[j]
    elif k == 8:
        sets[i] = sets[i] - sets[j]
    elif k == 9:
        sets[i] ^= sets[j]
    elif k == 10:
        sets[i] = sets[i].copy()
    else:
        sets[i].update([rand(64) for _ in range(3)])
    if step % 25 == 24:
        print(step, sets, [sys.getsizeof(x) for x in sets])

# A set holding a str (its hash differs from one run to the next) keeps insertion order here.
m = {1, 2}
m.add('word')
print(len(m), 'word' in m)
