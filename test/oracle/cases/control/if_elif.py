def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n % 2 == 0:
        return 'even'
    else:
        return 'odd'

for n in (-3, 0, 4, 7):
    print(n, classify(n))
x = 5
print('big' if x > 3 else 'small')
print(1 < x < 10, 1 < x > 10, x == 5 != 6)
print(not x, x and 'yes', 0 or 'fallback', '' or None)
