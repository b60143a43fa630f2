# A learner's second file: `import fibo` finds fibo.py beside the script (the tutorial's modules section).
import sys
import fibo

fibo.fib(1000)
print(fibo.fib2(100))
print(fibo.__name__)
fib = fibo.fib
fib(500)

# The module object: sys.modules, the name fibo, getrefcount's argument.
print(sys.getrefcount(fibo))
print(sys.modules["fibo"] is fibo)
# fibo.fib: its module's dict, the name fib here, the argument.
print(sys.getrefcount(fibo.fib))
from fibo import fib2
print(sys.getrefcount(fib2))
print(fib2 is fibo.fib2, fib2.__module__, fib2.__globals__ is vars(fibo))
print(sorted(name for name in dir(fibo) if not name.startswith("__")))
print(fibo.__package__ == "", type(fibo.__builtins__).__name__)

# A second import finds it in sys.modules: its code does not run again.
import fibo as again
print(again is fibo, sys.getrefcount(fibo))
del again
