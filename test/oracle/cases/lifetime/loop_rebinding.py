# The loop variable rebinding frees the previous object at each iteration.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

for i in range(3):
    x = Noisy(i)
    print("iteration", i, "refs:", sys.getrefcount(x))
print("after the loop, x is", x.name)
del x
for item in [Noisy('p'), Noisy('q')]:
    print("visiting", item.name)
print("after list loop")
del item
print("end")
