# The built-in containers' and numbers' methods check how many arguments they get before they run:
# METH_NOARGS ("takes no arguments"), METH_O ("takes exactly one argument") and Argument Clinic's
# positional-only parameters ("expected at least 1 argument, got 0"), each in its own words.
calls = [
    "[].append()", "[].count(1, 2)", "[].extend()", "[].remove()", "[].index()", "[].insert(1)",
    "[].pop(1, 2)", "[].clear(1)", "[].copy(1)", "[].reverse(1)",
    "{}.get()", "{}.pop()", "{1: 2}.pop()", "{}.pop(1, 2, 3)", "{}.setdefault()", "{}.update(1, 2)",
    "{}.keys(1)", "{}.items(1)", "{}.values(1)", "{}.popitem(1)", "{}.clear(1)", "{}.copy(1)",
    "dict.fromkeys()", "dict.fromkeys(1, 2, 3)",
    "set().add()", "set().discard()", "set().remove()", "set().pop(1)", "set().isdisjoint()",
    "set().issubset()", "set().issuperset(1, 2)", "set().symmetric_difference()",
    "frozenset().isdisjoint()", "frozenset().issubset()", "frozenset().copy(1)",
    "(1,).count()", "(1,).index()", "range(3).count()", "range(3).index(1, 2)",
    "(5).bit_length(1)", "(5).conjugate(1)", "(2.5).as_integer_ratio(1)", "(1j).conjugate(1)",
    "bytearray().append()", "bytearray().insert(1)", "bytearray().pop(1, 2)", "bytearray().clear(1)",
    "list.append([])", "dict.get({})", "set.add(set())",
]
for call in calls:
    try:
        eval(call)
        print(call, 'ok')
    except TypeError as e:
        print(call, 'TypeError:', e)

# frozenset has isdisjoint, issubset and issuperset of its own.
f = frozenset({1, 2})
print(f.isdisjoint({3}), f.issubset([1, 2, 3]), f.issuperset((1,)), frozenset.issubset(f, {1}))
