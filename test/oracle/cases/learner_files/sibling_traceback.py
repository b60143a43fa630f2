# An exception raised in another file of the learner's: its frames show that file's lines.
import traceback
import checks

try:
    checks.parse("douze")
except ValueError as e:
    print("caught:", e)
    traceback.print_exc()

print(checks.run([1, 2, 4]))
checks.run([1, 0])
