# enumerate() in loops: the loop variable holds the current item, and so does the (index, item)
# tuple that enumerate() reuses from one step to the next.
import sys

rows = [['r0'], ['r1'], ['r2']]
for index, row in enumerate(rows):
    print(index, row[0], sys.getrefcount(row))
print("after the loop, 'row' still holds r2:", sys.getrefcount(rows[2]))
for row in reversed(rows):
    if row[0] == 'r1':
        break
print("broke on r1:", sys.getrefcount(rows[1]), "r2:", sys.getrefcount(rows[2]))
