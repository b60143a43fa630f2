# The TypeErrors (and a ValueError) a match statement can raise while matching.
class NoArgs:
    pass

class BadArgs:
    __match_args__ = ['a']

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self):
        self.x = 1
        self.y = 2

def attempt(label, f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(label, '->', type(e).__name__ + ':', e)

def too_many():
    match NoArgs():
        case NoArgs(1):
            pass

def not_tuple():
    match BadArgs():
        case BadArgs(x):
            pass

def three():
    match Point():
        case Point(1, 2, 3):
            pass

def twice():
    match Point():
        case Point(1, x=1):
            pass

def int_two():
    match 5:
        case int(a, b):
            pass

class Keys:
    a = 'k'
    b = 'k'

def dup_key():
    match {'k': 1}:
        case {Keys.a: 1, Keys.b: 1}:
            pass

for label, f in [('too many', too_many), ('not a tuple', not_tuple), ('three', three), ('twice', twice), ('int', int_two), ('dup key', dup_key)]:
    attempt(label, f)

print('a failed match of a non-class is still an error:')
def not_a_class(pattern_cls):
    match 3:
        case pattern_cls():
            return 'matched'
print(not_a_class(int))
not_a_class(len)
