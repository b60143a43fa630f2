# A caught exception's traceback keeps the failing frame (and its locals) alive
# until the except block ends.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def fail():
    local = Noisy('local of fail')
    raise ValueError('boom')

try:
    fail()
except ValueError as e:
    print("in except:", e, "refs of the exception:", sys.getrefcount(e))
print("after try")

try:
    fail()
except ValueError:
    print("in except without a name")
print("after second try")
