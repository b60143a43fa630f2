nums = [1, 2, 3]
print(2 in nums, 5 not in nums, 'a' in 'cat', 'k' in {'k': 1}, 1 in {1: 'x'}.values())
class Thing:
    def __eq__(self, other):
        return True
print(Thing() in [1], [] in [[], 1], (1, 2) in [(1, 2)], None in [0, False])
nan = float('nan')
box = [nan]
print(nan in box, nan == nan, box.count(nan))
