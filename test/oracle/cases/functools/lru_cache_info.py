import functools, sys

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.lru_cache(maxsize=2)
def square_list(n):
    return [n * n] * 3

first = square_list(4)
print("cached result", sys.getrefcount(first))
print(square_list(4) is first, square_list.cache_info())
square_list(5)
square_list(6)   # evicts the entry for 4, the least recently used
print("evicted", sys.getrefcount(first), square_list.cache_info())
print(square_list(4) is first, square_list.cache_info().misses)

@functools.cache
def slow_len(text):
    print("computing", text)
    return len(text)

print(slow_len("some words"), slow_len("some words"), slow_len.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, square_list.cache_parameters())
info = fib.cache_info()
print(info.hits, info.maxsize, tuple(info) == (0, 0, None, 0))
