# A failed assert: 3.11 underlines the comparison it tested, 3.12 nothing, 3.13 the whole test.
def mean(values):
    assert len(values) > 0, 'mean of nothing'
    return sum(values) / len(values)


print(mean([1, 2, 3]))
print(mean([]))
