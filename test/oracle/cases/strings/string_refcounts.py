# Strings that are not simple identifiers are ordinary objects with ordinary counts.
import sys

msg = 'hello world'
parts = [msg, msg]
print("literal in a list twice:", sys.getrefcount(msg))
built = msg.replace('world', 'there')
print("replace() result:", built, sys.getrefcount(built))
same = msg.strip()
print("strip() with nothing to strip returns the same object:", same is msg, sys.getrefcount(msg))
upper = msg.upper()
print("upper() is new:", upper is msg, sys.getrefcount(upper))
sliced = msg[:]
print("full slice is the same object:", sliced is msg, sys.getrefcount(msg))
