# Keyword arguments to built-ins: most functions, types and methods take none; the others name the
# keyword they do not know (reworded in 3.13).
calls = [
    "len(obj=[1, 2])", "len([], x=1)", "abs(-1, x=1)", "isinstance(1, int, x=1)", "repr(1, x=1)",
    "next(iter([1]), default=None)", "divmod(7, 2, x=1)", "list([1], x=1)", "range(3, step=1)", "float('1', x=1)",
    "min([3, 1], key=abs)", "min([3, 1], foo=2)", "max(1, 2, default=0)", "max([], default='empty')",
    "sorted([3, 1, 2], reverse=True)", "sorted([3, 1], cmp=None)", "sorted(iterable=[1])", "sum([1, 2], start=10)",
    "sum([1], x=2)", "round(2.675, ndigits=2)", "round(1.5, digits=1)", "print('a', 'b', sep='-', foo=1)",
    "list(enumerate('ab', start=1))", "list(enumerate(iterable='ab', begin=1))", "zip([1], [2], fill=0)", "int('ff', base=16)",
    "int('10', x=2)", "str(b'hi', encoding='ascii')", "str(1, obj=2)", "type(1, x=1)", "object(x=1)",
    "pow(base=2, exp=10)", "pow(2, 10, modulus=7)",
    "[1].append(2, x=3)", "[3, 1].sort(reverse=True)", "[3, 1].sort(1)", "[1].sort(key=None, reverse=False, cmp=None)",
    "[1].sort(order=1)", "'a,b'.split(sep=',', maxsplit=1)", "'a b'.split(limit=1)", "'abc'.count('a', start=0)",
    "{'a': 1}.get('a', default=0)", "'a-b'.join(x=1)", "'aa'.replace('a', 'b', count=1)", "'a\\nb\\r\\nc'.splitlines(keepends=True)",
    "'x'.encode(encoding='utf-8', errors='strict')", "'x'.encode(charset='utf-8')", "(5).to_bytes(2, byteorder='little')",
    "(5).bit_length(x=1)", "True.conjugate(x=1)", "list.append([], 1, x=2)", "'a'.upper(x=1)",
]
for call in calls:
    try:
        print(call, "->", repr(eval(call)))
    except TypeError as e:
        print(call, "TypeError:", e)
