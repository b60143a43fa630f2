print("counter: running")
try:
    runs += 1
except NameError:
    runs = 1
step = runs * 10
