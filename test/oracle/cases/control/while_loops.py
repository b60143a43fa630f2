n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps:", steps)

i = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    if i > 10:
        break
    print(i, end=' ')
print()
k = 0
while k < 3:
    k += 1
else:
    print("while ended normally at", k)
