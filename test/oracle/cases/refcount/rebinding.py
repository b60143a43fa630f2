# Rebinding a name moves its reference from the old object to the new one.
import sys

first = ['first']
second = ['second']
name = first
print("first:", sys.getrefcount(first), "second:", sys.getrefcount(second))
name = second
print("first:", sys.getrefcount(first), "second:", sys.getrefcount(second))
name = first
name = first
print("first:", sys.getrefcount(first), "second:", sys.getrefcount(second))
first = second
print("old first is gone, second:", sys.getrefcount(second))
