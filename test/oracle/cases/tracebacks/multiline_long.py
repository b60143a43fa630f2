# A call spread over many lines: 3.13 prints its first and last lines, the lines around its
# parentheses, and "...<N lines>..." for the others; as an `x = f(...)` statement, without markers.
def check(*values):
    for v in values:
        if v < 0:
            raise ValueError(f'negative: {v}')
    return True


print(check(1, 2))
ok = check(
    1,
    2,
    3,
    -4,
    5,
)
