# A folder of the learner's named like a standard module hides it, as a file would: `statistics/` here.
import statistics
print(statistics.__name__, statistics.__package__, statistics.MY_OWN)
print(statistics.mean([1, 2, 3]))
