# Checks how a program ends on an unhandled KeyboardInterrupt: its finally clause and atexit
# functions run, the traceback is printed, and CPython then kills itself with SIGINT (exit status
# 130 as a shell shows it), where a subclass of KeyboardInterrupt would only exit with 1.
import atexit


class Stop(KeyboardInterrupt):
    pass


atexit.register(print, "atexit: cleaning up")
try:
    raise Stop("caught: a subclass is an exception like any other")
except KeyboardInterrupt as e:
    print(type(e).__name__, e)

totals = []
try:
    for n in range(5):
        totals.append(n * n)
        if n == 3:
            raise KeyboardInterrupt("pressed Ctrl+C")
finally:
    print("finally: partial totals", totals)
