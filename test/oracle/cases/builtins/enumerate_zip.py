import sys

names = ['ann', 'bob', 'cy']
ages = [31, 25, 40, 99]
for i, n in enumerate(names):
    print(i, n)
print(list(enumerate(names, start=1)))
print(list(zip(names, ages)))
z = zip(names, ages)
print("a zip object holds list iterators, which hold the lists:", sys.getrefcount(names))
print(dict(zip(names, ages)))
pairs = [(1, 'a'), (2, 'b')]
nums, letters = zip(*pairs)
print(nums, letters)
