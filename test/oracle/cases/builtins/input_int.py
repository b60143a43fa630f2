# int(input()) on a line that is not a number: the ValueError names the text read.
import sys
s = "".join(["How many? ", ""])
before = sys.getrefcount(s)
count = int(input(s))
print(count, sys.getrefcount(s) - before)
try:
    input(1, 2)
except TypeError as e:
    print(e)
try:
    input(prompt="x")
except TypeError as e:
    print(e)
total = 0
for _ in range(count):
    total += int(input())
print("total", total)
value = int(input("Next: "))
