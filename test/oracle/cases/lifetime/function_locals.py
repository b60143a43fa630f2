# Locals are freed when the function returns, in the order they were defined.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def work():
    a = Noisy('a')
    b = Noisy('b')
    c = Noisy('c')
    print("refs of a:", sys.getrefcount(a))
    print("end of work()")

work()
print("after work()")

def keep():
    a = Noisy('kept')
    b = Noisy('dropped')
    return a

k = keep()
print("after keep():", k.name, sys.getrefcount(k))
del k
print("end")
