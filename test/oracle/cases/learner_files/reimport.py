# A module's code runs once per import that does not find it in sys.modules.
import sys
import counter
import counter
first = counter
del sys.modules["counter"]
import counter
print(counter is first, first.runs, counter.runs)
print(sys.getrefcount(first), sys.getrefcount(counter))
