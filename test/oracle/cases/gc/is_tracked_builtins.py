# gc.is_tracked: atomic built-ins (numbers, strings, bytes, None, types of the core) are never tracked; mutable containers and user-defined objects are.
import gc


class UserClass:
    pass


class UserInt(int):
    pass


class Slotted:
    __slots__ = ()


def f():
    pass


for label, obj in [
    ("None", None), ("int", 12345), ("float", 1.5), ("complex", 1 + 5j),
    ("bool", True), ("str", "hello world"), ("bytes", b"abc"),
    ("bytearray", bytearray(b"abc")), ("type", type), ("int type", int),
    ("object()", object()), ("range", range(5)),
    ("list", []), ("set", set()), ("frozenset()", frozenset()),
    ("user class", UserClass), ("instance", UserClass()),
    ("int subclass instance", UserInt(3)), ("__slots__ = () instance", Slotted()),
    ("function", f), ("module gc", gc), ("lambda", lambda: 0),
]:
    print(f"{label:26} tracked={gc.is_tracked(obj)}")
