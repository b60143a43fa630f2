import sys

def shout(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        result = func(*args, **kwargs)
        return str(result).upper()
    return wrapper

@shout
def greet(name):
    return 'hello ' + name

print(greet('world'))
print(greet.__name__)
original = greet.__closure__[0].cell_contents
print("original kept alive by the wrapper's cell:", original.__name__, sys.getrefcount(original))

def repeat(times):
    def deco(func):
        def wrapper(x):
            return [func(x) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def double(x):
    return x * 2

print(double(21))
