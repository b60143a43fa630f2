# Subclasses of built-in types: instances keep the built-in behaviour (repr, len, indexing,
# comparison, iteration) unless the class overrides it, get a __dict__, and hold their class.
import sys

class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]

s = Stack("work")
s.push(1000)
s.push("two words")
print(s, len(s), s.peek(), s.name, s == [1000, "two words"], list(reversed(s)))
print(type(s).__name__, isinstance(s, list), sys.getrefcount(s), s.__dict__)

class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter(apples=3)
c["pears"] += 2
print(c, c["plums"], "plums" in c, len(c))

class Celsius(float):
    def __repr__(self):
        return f"{float(self)} °C"

t = Celsius(21.5)
print(t, t + 1, t > 20, [t])

class Tag(str):
    def shout(self):
        return self.upper() + "!"

print(Tag("hello").shout(), Tag("a b") == "a b", len(Tag("xyz")))

class Pair(tuple):
    pass

p = Pair([1000, 2000])
print(p, p[0], type(p).__name__, sys.getrefcount(Pair) > 2)

class Big(int):
    pass

b = Big(7)
print(b * 6, b == 7, repr(b), bool(Big(0)))
del s, c, t, p, b
print(sys.getrefcount(Stack), sys.getrefcount(Counter))
