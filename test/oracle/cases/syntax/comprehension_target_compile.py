# compile() of comprehensions whose target is a tuple without parentheses: the message, and the range
# from the first item to the last before "for" (to the comma of [x, for ...]); other mistakes keep theirs.
sources = [
    '[x, x**2 for x in range(6)]',
    '[x, for x in y]',
    '{a, b for a in c}',
    '[a, b, for a in c]',
    '[(a), (b) for a in c]',
    'print([1, 2 for x in y], 3)',
    '[x, y for x in z if x]',
    '[x, y for]',
    '{1: 2, 3: 4 for x in y}',
    '[*x for x in y]',
]
for source in sources:
    try:
        compile(source, 'snippet', 'exec')
    except SyntaxError as e:
        print(f'{source!r:32} {e.msg} {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}')
