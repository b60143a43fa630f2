# An assert with parentheses around the test and the message: a non-empty tuple, always true.
x = -1
assert (x > 0, "x must be positive")
print("assert passed with x =", x)
assert (1, "constant")
