# Which objects accept weak references: TypeError "cannot create weak reference to 'int' object" for built-in values; classes, functions, sets are fine; a list subclass gains support, an int subclass does not.
import weakref

def f():
    pass

class C:
    def m(self):
        pass

class MyList(list):
    pass

class MyInt(int):
    pass

for label, obj in [("int", 10), ("str", "text"), ("list", []), ("dict", {}), ("tuple", (1, 2)),
                   ("None", None), ("bytes", b"x"), ("object()", object()),
                   ("function", f), ("class", C), ("instance", C()), ("set", set()), ("frozenset", frozenset()),
                   ("type int", int), ("list subclass", MyList()), ("int subclass", MyInt(5)),
                   ("generator", (x for x in [])), ("bound method", C().m), ("method-wrapper", C().__init__)]:
    try:
        weakref.ref(obj)
        print(f"{label:14} ok")
    except TypeError as e:
        print(f"{label:14} TypeError: {e}")
