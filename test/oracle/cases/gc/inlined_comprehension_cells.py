# 3.12+ inlines list, set and dict comprehensions (PEP 709): a local that only such comprehensions use
# (the enclosing function's, or an outer comprehension's loop variable read by an inner one) is no
# cell, so calling the function allocates none; a lambda or generator expression still needs one.
import gc


def measure(function):
    gc.collect()
    gc.get_count()
    before = gc.get_count()[0]
    return function(before)


def read_by_comprehension(before):
    allocated = gc.get_count()[0] - before
    n = 5
    return allocated, [n for _ in range(2)]


def nested_comprehensions(before):
    allocated = gc.get_count()[0] - before
    return allocated, [[y for _ in range(2)] for y in range(2)]


def read_by_lambda_too(before):
    allocated = gc.get_count()[0] - before
    n = 5
    later = lambda: n
    return allocated, [n for _ in range(2)]


def read_by_generator_expression(before):
    allocated = gc.get_count()[0] - before
    n = 5
    return allocated, list(n for _ in range(2))


def lambda_inside_comprehension(before):
    allocated = gc.get_count()[0] - before
    return allocated, [(lambda: x)() for x in range(2)]


for f in (read_by_comprehension, nested_comprehensions, read_by_lambda_too, read_by_generator_expression, lambda_inside_comprehension):
    print(f.__name__, measure(f))
