from . import plain
