print(hash(1) == hash(1.0), hash(True) == hash(1))
print(hash(42), hash(-1), hash((1, 2)) == hash((1, 2)))
try:
    hash([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(len({1, 1.0, True}), {1: 'a', 1.0: 'b'})
