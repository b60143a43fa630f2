class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

s = Slotted(1, 2)
print(s.x + s.y)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError raised")
print(hasattr(s, '__dict__'))

class Open:
    pass
o = Open()
o.anything = 'ok'
print(o.__dict__)
