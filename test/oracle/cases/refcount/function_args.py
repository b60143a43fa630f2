# Inside a call, the parameter is one more reference to the argument.
import sys

def count(x):
    return sys.getrefcount(x)

def count_twice(x, y):
    return sys.getrefcount(x)

data = [1, 2]
print("at module level:", sys.getrefcount(data))
print("inside count():", count(data))
print("passed twice:", count_twice(data, data))
print("after the calls:", sys.getrefcount(data))
