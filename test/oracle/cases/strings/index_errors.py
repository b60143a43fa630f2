# Indexing errors of the sequences, in each type's words: bytes says "byte indices" and "index out
# of range", range "range indices" and "range object index out of range", str "string indices must
# be integers, not 'float'".
cases = [(b'ab', 5), (b'ab', 'x'), (b'ab', 1.5), (b'', 0), (bytearray(b'a'), 5), (bytearray(b'a'), None),
         (range(3), 5), (range(3), None), ('ab', 5), ('ab', 1.5), ((1,), None), ([1], 2.0)]
for seq, key in cases:
    try:
        seq[key]
    except (IndexError, TypeError) as e:
        print(repr(seq), repr(key), '->', type(e).__name__, e)
