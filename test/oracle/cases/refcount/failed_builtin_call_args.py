import sys

# a built-in function that raises at once still lets go of its arguments
x = [1, 2]
for attempt in range(3):
    try:
        hash(x)
    except TypeError as e:
        print(e)
print(sys.getrefcount(x))
try:
    len(x, 1)
except TypeError as e:
    print(e)
try:
    x.remove(9)
except ValueError as e:
    print(e)
try:
    x.index('missing')
except ValueError as e:
    print(e)
print(sys.getrefcount(x))

def inner():
    try:
        hash(x)
    except TypeError:
        pass
    return sys.getrefcount(x)

print(inner(), sys.getrefcount(x))
temp = bytearray(b'ab')
view = memoryview(temp)
try:
    hash(view.toreadonly())
except TypeError as e:
    print(e)
view.release()
temp.append(33)
print(temp, sys.getrefcount(temp))
