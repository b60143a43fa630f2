runs = []
runs.append("ran")
print("counter: module code runs")
