# sorted() returns a new list referencing the same elements; list.sort() does not copy.
import sys

a = [3.5]
b = [1.5]
nums = [a, b]
print("a:", sys.getrefcount(a))
s = sorted(nums)
print("after sorted():", sys.getrefcount(a), s)
nums.sort()
print("after nums.sort():", sys.getrefcount(a), nums)
r = list(reversed(nums))
print("after list(reversed()):", sys.getrefcount(a))
