# sys.getsizeof of short strings: ASCII, Latin-1, BMP and astral characters. From 3.12 the one-character
# Latin-1 strings (U+0080-U+00FF) are static singletons that carry their UTF-8 form, so 'é' is bigger than 'ée'.
import sys

for s in ["", "a", "ab", "é", "ée", "ÿ", chr(0xE9), "Ā", "€", "😀", "abc" * 10]:
    print(repr(s), len(s), sys.getsizeof(s))
word = "café"
print(sys.getsizeof(word), sys.getsizeof(word[-1]))
