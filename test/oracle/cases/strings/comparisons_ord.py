letters = 'Hello World'
print(sorted(letters), sorted(set(letters.lower())) [:3])
print('apple' < 'banana', 'Zebra' < 'apple', 'a' < 'B', 'abc' < 'abd', 'ab' < 'abc')
counts = {}
for ch in letters.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print([ord(c) for c in 'AZaz'], ''.join(chr(c) for c in range(97, 102)))
