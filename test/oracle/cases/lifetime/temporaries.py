# A returned object nobody keeps is freed right after the expression.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def make(name):
    return Noisy(name)

print("before")
make('ignored')
print("between")
print("refs of a temporary:", sys.getrefcount(make('counted')))
print("length of name:", len(make('temp').name))
n = make('kept').name
print("kept the name only:", n)
