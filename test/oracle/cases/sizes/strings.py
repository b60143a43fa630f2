# sys.getsizeof(str): compact ASCII, latin-1 (1 byte/char), UCS-2 (2 bytes) and UCS-4 (4 bytes) layouts; the widest character decides.
import sys

samples = [
    ("empty", ""), ("ascii 'a'", "a"), ("ascii 'hello world'", "hello world"),
    ("ascii x100", "x" * 100), ("latin-1 'éè'", "éè"), ("latin-1 'café au lait'", "café au lait"),
    ("latin-1 x100", "é" * 100), ("UCS-2 'Ω'", "Ω"), ("UCS-2 'αβγ δεζ'", "αβγ δεζ"),
    ("UCS-2 x100", "€" * 100), ("UCS-4 '😀'", "😀"), ("UCS-4 'smile 😀'", "smile 😀"), ("UCS-4 x100", "😀" * 100),
]
for label, s in samples:
    print(f"{label:26} len={len(s):3} size={sys.getsizeof(s)}")
print("one more ASCII char costs", sys.getsizeof("ab") - sys.getsizeof("a"))
print("one more UCS-4 char costs", sys.getsizeof("😀😀") - sys.getsizeof("😀"))
print("one emoji widens everything:", sys.getsizeof("a" * 50 + "😀") - sys.getsizeof("a" * 51))
