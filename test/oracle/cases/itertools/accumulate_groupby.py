import itertools, operator

print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2], initial=100)), list(itertools.accumulate([], initial=7)))
print(list(itertools.accumulate(["a", "b", "c"])))

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])

groups = itertools.groupby("aabbb")
key1, group1 = next(groups)
key2, group2 = next(groups)
# moving the groupby on makes the earlier group empty
print(key1, list(group1), key2, list(group2))
print(type(group2))

scores = [("ann", 3), ("bob", 3), ("cy", 5)]
by_score = {k: [n for n, _ in g] for k, g in itertools.groupby(scores, key=operator.itemgetter(1))}
print(by_score)
print(list(itertools.accumulate([1, "x"])))
