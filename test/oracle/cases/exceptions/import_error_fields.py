# ImportError's fields: msg (its one argument), name and path given as keywords (3.12+: name_from too); the
# other built-in exceptions take no keywords, but AttributeError's name and obj and NameError's name.
e = ImportError("no luck", name="mod", path="/somewhere/mod.py")
print(e, e.args, e.msg, e.name, e.path, repr(e))
print(getattr(e, "name_from", "no name_from"))
blank = ImportError()
print(repr(str(blank)), blank.msg, blank.name, blank.path)
two = ModuleNotFoundError("a", "b", name="n")
print(two.msg, two.name, str(two), repr(two))
number = ImportError(7)
print(repr(str(number)), number.msg)
number.msg = "changed"
print(str(number), number.args)
del number.msg
print(str(number), number.msg)
number.name = 42
print(number.name)

a = AttributeError("gone", name="attr", obj=[1, 2])
print(a, a.name, a.obj)
n = NameError("who?", name="x")
print(n, n.name)
print(UnboundLocalError("u").name)

class Mine(ValueError):
    pass

class Coded(Exception):
    def __init__(self, message, code=0):
        super().__init__(message)
        self.code = code

print(Coded("boom", code=3).code)
for make in [lambda: ValueError("m", name="n"), lambda: KeyError(a=1), lambda: Mine(flag=True),
             lambda: ImportError("m", where=1), lambda: ModuleNotFoundError(x=1),
             lambda: AttributeError(x=1), lambda: NameError(obj=1), lambda: UnboundLocalError(z=1)]:
    try:
        make()
    except TypeError as error:
        print("TypeError:", error)
