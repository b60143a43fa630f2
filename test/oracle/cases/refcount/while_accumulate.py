# Building a list in a loop: each append is one more reference to the same object.
import sys

marker = ['m']
bag = []
n = 0
while n < 5:
    bag.append(marker)
    n += 1
    if n % 2 == 0:
        print("after", n, "appends:", sys.getrefcount(marker))
while bag:
    bag.pop()
print("emptied:", sys.getrefcount(marker))
