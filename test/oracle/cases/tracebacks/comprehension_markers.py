# An error inside a list comprehension: 3.11 shows the comprehension's own frame (<listcomp>);
# 3.12+ run it inline (PEP 709), so the function's frame points at the failing division.
def inverses(values):
    return [1 / v for v in values]


print(inverses([1, 2, 4]))
print(inverses([1, 0]))
