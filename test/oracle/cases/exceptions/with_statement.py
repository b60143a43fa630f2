class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Resource('file') as r:
    print("using", r)

try:
    with Resource('db'):
        raise ValueError('query failed')
except ValueError as e:
    print("propagated:", e)

with Resource('quiet', suppress=True):
    raise KeyError('hidden')
print("suppressed, continuing")

with Resource('a') as x, Resource('b') as y:
    print("both", x, y)
