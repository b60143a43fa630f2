def countdown(n):
    if n == 0:
        return 'done'
    return countdown(n + 1)

print("about to recurse")
countdown(5)
