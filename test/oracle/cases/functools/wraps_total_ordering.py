import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(add.__qualname__, add.__module__)

@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2))
print(Version.__ge__.__name__, sorted([b, a])[0] is a)

def by_length_then_text(x, y):
    return len(x) - len(y) or (x > y) - (x < y)

print(sorted(["pear", "fig", "apple", "kiwi"], key=functools.cmp_to_key(by_length_then_text)))
key = functools.cmp_to_key(by_length_then_text)
print(type(key), type(key("x")), key("ab") < key("abc"))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
key("a") < "b"
