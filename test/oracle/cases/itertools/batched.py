import itertools

print("has batched:", hasattr(itertools, "batched"))
if hasattr(itertools, "batched"):
    print(list(itertools.batched("abcdefg", 3)))
    print(list(itertools.batched(range(4), n=2)))
    try:
        itertools.batched("abc", 0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(list(itertools.batched("abcd", 3, strict=True)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
else:
    chunks = []
    it = iter("abcdefg")
    while chunk := tuple(itertools.islice(it, 3)):
        chunks.append(chunk)
    print(chunks)
itertools.batched([1, 2, 3], 2)
