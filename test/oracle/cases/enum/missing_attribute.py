# A member that does not exist, by attribute: 3.11's EnumType.__getattr__, type's message from 3.12.
from enum import Enum


class Color(Enum):
    RED = 1


print(Color.RED)
print(Color.BLUE)
