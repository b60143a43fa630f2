from .leaf import VALUE
