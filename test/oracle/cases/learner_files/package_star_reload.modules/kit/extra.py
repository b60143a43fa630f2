COUNT = 1
print("extra runs")
