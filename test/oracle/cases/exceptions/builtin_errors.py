tests = [
    lambda: 1 / 0,
    lambda: 10 % 0,
    lambda: int('12x'),
    lambda: [1, 2][5],
    lambda: {'a': 1}['b'],
    lambda: None.upper(),
    lambda: 'abc' + 5,
    lambda: undefined_name,
    lambda: float('nan?'),
    lambda: (1, 2).append(3),
    lambda: len(5),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: int('99999', base=2),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
