grid = [[1, 2, 3], [4, -1, 6], [7, 8, 9]]
for row in grid:
    for value in row:
        if value < 0:
            print("negative found, skipping rest of row")
            break
        print(value, end=' ')
    print()
total = 0
for row in grid:
    for value in row:
        if value % 2:
            continue
        total += value
print("sum of evens:", total)
