# An exception raised in a submodule of the learner's package: the traceback names its file by its path.
from calc.ops import divide
print(divide(6, 3))
print(divide(1, 0))
