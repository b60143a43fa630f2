# Objects still alive at the end of the program are freed during shutdown.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

alive = Noisy('alive at exit')
gone = Noisy('gone early')
print("refs:", sys.getrefcount(alive), sys.getrefcount(gone))
del gone
print("last line of the program")
