# Assigning to a call: the carets span the whole call.
def f():
    return 1

f() = 2
