# timeit: Timer with a callable or a string (compiled as <timeit-src>), repeat, globals=, the collector re-enabled after timing, the errors of a bad statement (NameError when run, ValueError, SyntaxError at compile). Timings are printed only as comparisons: they are the simulated clock's.
import timeit
import gc

calls = []
t = timeit.Timer(lambda: calls.append(1))
elapsed = t.timeit(number=3)
print(len(calls), type(elapsed).__name__, elapsed > 0)
runs = timeit.repeat("x = [1, 2, 3]", repeat=4, number=100)
print(len(runs), all(r > 0 for r in runs))

def f():
    return sorted([3, 1, 2])
print(timeit.timeit("f()", globals=globals(), number=10) > 0, gc.isenabled())
try:
    timeit.timeit("g()", number=1)
except NameError as e:
    print("NameError:", e)
try:
    timeit.Timer(stmt=42)
except ValueError as e:
    print(e)
try:
    timeit.Timer("x = ")
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
print(timeit.default_timer is __import__('time').perf_counter, timeit.dummy_src_name)
