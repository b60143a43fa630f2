# Reassigning a member, uncaught: EnumType.__setattr__ refuses.
from enum import Enum


class Color(Enum):
    RED = 1


print(Color.RED)
Color.RED = 2
