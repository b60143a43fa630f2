# The hidden `e = None; del e` ending an `except ... as e` handler has no line of its own: falling through
# from the body it takes the body's last line; reached from several places it has none (f_lineno None,
# warnings at line -1) up to 3.12, while 3.13 copies it per jump; a function ending there gives every copy a line.
import sys

class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag, sys._getframe(1).f_lineno)

async def job():
    pass

def simple():
    try:
        raise ValueError(D("simple"))
    except ValueError as e:
        print("handled")
    print("after")

def several(x):
    try:
        raise ValueError(D("several"), job())
    except ValueError as e:
        if x:
            print("yes")
        else:
            print("no")
    print("after")

def at_end(x):
    try:
        raise ValueError(D("at_end"))
    except ValueError as e:
        if x:
            print("yes")

simple()
several(True)
several(False)
at_end(True)
at_end(False)

try:
    raise ValueError(D("module simple"))
except ValueError as e:
    print("handled")

x = 1
try:
    raise ValueError(D("module several"))
except ValueError as e:
    if x:
        print("yes")
    else:
        print("no")
print("end")
