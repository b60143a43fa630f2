# A context manager whose __exit__ fails: 3.11 and 3.12 point at the whole with statement,
# 3.13 at the context manager's expression.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('open', self.name)
        return self

    def __exit__(self, *exc):
        raise OSError(f'cannot close {self.name}')


with Resource('log') as r:
    print('using', r.name)
