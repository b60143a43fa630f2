import functools, sys

class Report:
    def __init__(self, title):
        self.title = title

    @functools.lru_cache(maxsize=None)
    def summary(self, width):
        return self.title[:width]

    def __del__(self):
        print("Report freed:", self.title)

r = Report("quarterly figures")
print("before", sys.getrefcount(r))
print(r.summary(9), r.summary(9))
# the cache's key is the argument tuple (self, 9): it keeps the instance alive
print("cached", sys.getrefcount(r), Report.summary.cache_info())
del r
print("after del: still cached")
Report.summary.cache_clear()
print("cache cleared")

@functools.lru_cache(maxsize=1)
def wrap(item):
    return [item]

class Payload:
    pass

big = Payload()
first = wrap(big)
# a lone argument that is not an int or a str still goes into a key tuple
print("key and result", sys.getrefcount(big), sys.getrefcount(first))
wrap(Payload())
print("evicted", sys.getrefcount(big), sys.getrefcount(first))
