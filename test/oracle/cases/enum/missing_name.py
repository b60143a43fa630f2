# A name that is no member, looked up by subscript: the KeyError comes from EnumType.__getitem__.
from enum import Enum


class Color(Enum):
    RED = 1


print(Color['RED'])
print(Color['BLUE'])
