# `=` where `==` was meant: the carets span the comparison that is an assignment.
answer = 42
if answer = 42:
    print("found")
