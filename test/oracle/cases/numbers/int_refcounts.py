# Ints outside -5..256 are ordinary objects; results of arithmetic are new each time.
import sys

base = 10
big = base ** 12
print("computed big int:", sys.getrefcount(big))
alias = big
print("with an alias:", sys.getrefcount(big))
other = base ** 12
print("equal but distinct:", other == big, other is big, sys.getrefcount(other))
nums = [big] * 4
print("in a list 4 times:", sys.getrefcount(big))
folded = 10 ** 12
again = 10 ** 12
print("folded by the compiler into one constant:", folded is again, sys.getrefcount(folded))
small = 100
half = 50
print("small ints are shared:", small is half + half)
print("small int refcount is huge:", sys.getrefcount(small) > 1000)
