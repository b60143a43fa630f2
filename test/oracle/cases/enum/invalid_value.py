# An invalid value, uncaught: the traceback goes through enum.py's EnumType.__call__ and Enum.__new__.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


print(Color(2))
print(Color(5))
