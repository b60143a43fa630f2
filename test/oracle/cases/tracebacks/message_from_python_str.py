# The last line of a printed traceback is str(exception), which may run Python code: an exception
# class's own __str__, an argument's __str__ (KeyError: its __repr__); a __str__ that raises prints
# `<exception str() failed>`.
class Described(Exception):
    def __str__(self):
        return "described by __str__"


class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no text")


class Value:
    def __repr__(self):
        return "Value()"

    def __str__(self):
        return "a Value"


def fail(exc):
    raise exc


for exc in (Described("arg"), Broken(), KeyError(Value()), ValueError(Value()), ValueError(Value(), 2)):
    try:
        fail(exc)
    except Exception as e:
        print(type(e).__name__, "str:", end=" ")
        try:
            print(str(e))
        except RuntimeError as inner:
            print("raised", inner)
raise Described("uncaught")
