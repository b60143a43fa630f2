n = 4
table = [[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]
for row in table:
    print(' '.join(f"{v:>2}" for v in row))
primes = [p for p in range(2, 40) if all(p % d for d in range(2, p))]
print(primes)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
flat = [c for word in ['ab', 'cd'] for c in word]
print(flat)
