import sys

class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(CountDown(5)))
it = CountDown(2)
same = iter(it)
print("iter() returned itself:", same is it, sys.getrefcount(it))
print(next(it), next(it), next(it, 'empty'))
for n in CountDown(3):
    print(n, end=' ')
print()
