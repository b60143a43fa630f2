# Checks sets that mix \D, \S or \W with other items: [^\d\W] (letters and _), [\W\d], [^a\S],
# [\D\S], under (?a:) and IGNORECASE, repeated and inside a look-behind, as textwrap's patterns use them.
import re

cases = [
    (r"[^\d\W]+", "ab1_c d9é Ω2"),
    (r"[\W\d]+", "ab1!!2 c"),
    (r"[^a\S]+", "ab c  a\tz"),
    (r"[\D\S]+", "a 1 2"),
    (r"(?a:[^\d\W])+", "éa1b_"),
    (r"[^\d\W]{2,}", "ab c d1 efg"),
    (r"(?<=[^\d\W]{2}-)\w+", "ab-cd 1b-x well-known"),
    (r"(?i)[^\d\W]+", "AbC 12 dÉ"),
    (r"[^\s\S]", "abc"),
]
for pattern, text in cases:
    print(f"{pattern:24} {re.findall(pattern, text)}")
print(re.sub(r"[^\d\W]", "*", "a1 b2_"), re.split(r"[\W\d]+", "one2three, four"))
