print("computing the average")
total = 10
count = 0
average = total / count
print("never printed", average)
