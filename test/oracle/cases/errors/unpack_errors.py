# Unpacking a value that is not iterable, or has too many or too few items (ceval.c unpack_iterable).
def attempt(label, f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

def unpack_int():
    a, b = 1

def unpack_none():
    a, *b = None

def too_many():
    a, b = [1, 2, 3]

def not_enough():
    a, b, c = (1, 2)

def not_enough_starred():
    a, b, *c, d = [1, 2]

def for_target():
    for a, b in [(1, 2), 3]:
        pass

def own_iter_error():
    class Broken:
        def __iter__(self):
            raise TypeError('my own message')
    a, b = Broken()

for label, f in [('int', unpack_int), ('None', unpack_none), ('too many', too_many), ('not enough', not_enough),
                 ('starred', not_enough_starred), ('for', for_target), ('own __iter__', own_iter_error)]:
    attempt(label, f)

# An iterator gives only what the targets need, plus one to see there is no more.
def counting():
    for i in range(5):
        print('yield', i)
        yield i

try:
    x, y = counting()
except ValueError as e:
    print(e)
first, *rest = counting()
print(first, rest)
a, b = 'x'
