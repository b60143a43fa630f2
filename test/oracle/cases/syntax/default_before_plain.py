# A parameter without a default after one with a default (reworded in 3.12).
def greet(greeting="Hello", name):
    print(greeting, name)
