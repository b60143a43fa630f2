# Assigning to a member's value: enum.property's __set__ refuses.
from enum import Enum


class Color(Enum):
    RED = 1


Color.RED.value = 3
