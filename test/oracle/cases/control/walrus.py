data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
values = []
i = 0
while (i := i + 1) <= 3:
    values.append(i * i)
print(values)
print([y for x in data if (y := x * 2) > 6])
print("y leaks from the comprehension:", y)
