# Strings built at run time are new objects with their own counts.
# An object passed earlier in the same print() call counts once more: it waits on the evaluation stack.
import sys

greeting = 'hello world'
copy = greeting
print("literal with 2 names:", sys.getrefcount(greeting))
shout = greeting.upper()
print("upper():", shout, sys.getrefcount(shout))
joined = '-'.join(['a b', 'c d'])
print("join():", joined, sys.getrefcount(joined))
words = greeting.split()
print("split() pieces:", words, sys.getrefcount(words))
longer = greeting + '!'
print("concatenation:", sys.getrefcount(longer))
