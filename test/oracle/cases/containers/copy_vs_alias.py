# Aliases share one object; copies are shallow: the inner objects are shared.
import sys

inner = [1, 2]
original = [inner, 'text with spaces']
alias = original
shallow = original.copy()
print("original refs:", sys.getrefcount(original))
print("inner refs:", sys.getrefcount(inner))
shallow[0].append(3)
print("original sees inner change:", original)
shallow.append('only in shallow')
print(len(original), len(shallow))
alias.append('through alias')
print(len(original), original is alias)
