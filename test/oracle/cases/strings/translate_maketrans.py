# str.translate with dicts from str.maketrans (1, 2 and 3 arguments), and its errors; bytes.translate.
table = str.maketrans('abc', 'xyz', 'd')
print(sorted(table.items()))
print('abcd-abcd'.translate(table), 'abc'.translate({97: 'AA', 98: None, 99: 100}))
print(str.maketrans({'a': 'b', 98: 'c'}), 'hello'.translate({}))
for call in (lambda: str.maketrans('ab', 'x'), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans(1),
             lambda: str.maketrans({1.5: 'x'}), lambda: 'abc'.translate({97: 1.5}),
             lambda: 'abc'.translate({97: 0x110000}), lambda: 'abc'.translate(5)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b'abc'.translate(bytes.maketrans(b'ab', b'xy')), b'abc'.translate(None, b'b'), len(bytes.maketrans(b'', b'')))
try:
    b'abc'.translate(b'x')
except ValueError as e:
    print('ValueError:', e)
