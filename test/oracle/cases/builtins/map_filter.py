nums = [1, -2, 3, -4, 5]
print(list(map(abs, nums)))
print(list(map(lambda a, b: a * b, nums, [10, 10, 10])))
print(list(filter(lambda n: n > 0, nums)))
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])))
m = map(str, nums)
print(next(m), next(m), list(m))
print(any(n > 4 for n in nums), all(n > 0 for n in nums))
