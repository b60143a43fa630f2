values = [0, 1, -1, 0.0, '', 'a', [], [0], {}, {'k': 1}, None, (), (None,)]
for v in values:
    print(repr(v), bool(v))
print(all([]), any([]))
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()))
