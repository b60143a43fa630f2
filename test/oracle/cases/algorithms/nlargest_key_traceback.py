# A key function that fails on one of the first n items: nlargest calls it in a list comprehension
# (3.11 shows the comprehension's own frame; 3.12+ inline it, PEP 709).
import heapq

def score(row):
    return row["points"] * 2

rows = [{"points": 3}, {"points": 8}, {"pts": 5}, {"points": 1}]
print(heapq.nlargest(2, rows[:2], key=score))
heapq.nlargest(3, iter(rows), key=score)
