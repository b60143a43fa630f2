# A closure keeps the captured variable in a cell; the cell holds one reference.
import sys

def make_getter():
    secret = ['secret']
    def get():
        return secret
    print("inside make_getter:", sys.getrefcount(secret))
    return get

getter = make_getter()
value = getter()
print("value:", value)
print("held by the cell and 'value':", sys.getrefcount(value))
print("the closure function:", sys.getrefcount(getter))
print("cell contents:", getter.__closure__[0].cell_contents)
del getter
print("closure gone:", sys.getrefcount(value))
