import sys

def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

letters = ['a', 'b', 'c']
find(letters, 'b')
print("refs of letters after find():", sys.getrefcount(letters))
find(['a', 'b', 'c'], 'z')
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
