# A bound method reads the attributes its type lacks from its function (method_getattro), so an
# attribute set on the function shows through the method (the library reference's whoami example).
class C:
    def method(self):
        "The method's docstring."
        return 42

    def other(self):
        pass


c = C()
C.method.whoami = 'my name is method'
print(c.method.whoami, c.method.__name__, c.method.__qualname__, c.method.__doc__, c.method.__module__)
print(c.method.__func__ is C.method, c.method.__self__ is c, c.method.__defaults__, c.method.__code__.co_name)
try:
    c.method.nope
except AttributeError as e:
    print(e)
try:
    c.method.whoami = 'changed'
except AttributeError as e:
    print(e)
c.method.__func__.count = 1
print(c.method.count, hasattr(c.other, 'whoami'), getattr(c.other, 'whoami', 'none'))
