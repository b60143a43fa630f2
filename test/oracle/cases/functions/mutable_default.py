# The default list is created once, when 'def' runs, and shared by every call.
import sys

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

first = append_to(1)
second = append_to(2)
print(first, second, first is second)
print("refs to the shared default:", sys.getrefcount(first))

def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_safe(1), append_safe(2))
