# A KeyError in the middle of a loop: the program stops with a traceback.
import sys

ages = {'ann': 31, 'bob': 25}
print("refs of ages:", sys.getrefcount(ages))
for name in ['ann', 'bob', 'cy']:
    print(name, ages[name])
