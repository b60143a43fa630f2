# __import__: the top-level package without a fromlist, the module itself with one, the same module object each time, and its errors.
m = __import__('math')
print(m.sqrt(16), m is __import__('math'))
cf = __import__('concurrent.futures')
print(cf.__name__)
leaf = __import__('concurrent.futures', fromlist=['ThreadPoolExecutor'])
print(leaf.__name__)
try:
    __import__(42)
except TypeError as e:
    print(e)
try:
    __import__('')
except ValueError as e:
    print(e)
print(__import__('time').perf_counter is __import__('time').perf_counter)
