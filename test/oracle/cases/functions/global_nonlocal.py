counter = 0

def bump():
    global counter
    counter += 1

def shadow():
    counter = 100
    return counter

bump()
bump()
print("counter:", counter, "shadow:", shadow(), "counter:", counter)

def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'changed by inner'
    inner()
    return x

print(outer())

def broken():
    total = total + 1

try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, "is a NameError:", isinstance(e, NameError))
