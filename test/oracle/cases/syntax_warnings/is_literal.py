# `is` with a literal: the compiler warns before the program runs (3.12+ name the literal's type).
x = 5
if x is 5:
    print("five")
print(x is not "five")
print(x is -1, x is (1, 2), x is ())
print(x is None, x is True, x is ...)
