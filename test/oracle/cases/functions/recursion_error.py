import sys

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught:", type(e).__name__)
    print("message:", e)
print("limit:", sys.getrecursionlimit())

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

print("reached more than 900 frames:", depth(0) > 900)
print("still works:", forever.__name__)
