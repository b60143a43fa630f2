# More shapes of an except handler's hidden cleanup (no line of its own): a handler in a loop, ending in a
# while loop (CPython tests again at its end: two ways out, no line), nested, without else, rebinding its
# name before raising (the cleanup reached by the exception has no line), without a name (POP_EXCEPT), and
# if/elif without else (3.13 copies the cleanup only for the branch that jumps to it).
import sys
class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag, sys._getframe(1).f_lineno)

def in_loop(xs):
    for x in xs:
        try:
            raise ValueError(D("loop %d" % x))
        except ValueError as e:
            if x:
                print("yes")
            else:
                print("no")

def with_while(n):
    try:
        raise ValueError(D("while"))
    except ValueError as e:
        while n:
            n -= 1
    print("after")

def nested():
    try:
        raise ValueError(D("outer"))
    except ValueError as e:
        try:
            raise KeyError(D("inner"))
        except KeyError as e2:
            print("inner")
    print("after")

def no_else(x):
    try:
        raise ValueError(D("no_else"))
    except ValueError as e:
        if x:
            print("yes")
    print("after")

def rebound():
    try:
        try:
            raise ValueError("v")
        except ValueError as e:
            e = D("rebound")
            raise KeyError("k")
    except KeyError:
        print("caught")

def unnamed(x):
    try:
        raise ValueError(D("unnamed"))
    except ValueError:
        if x:
            print("yes")
        else:
            print("no")
    print("after")

def mixed(a, b):
    try:
        raise ValueError(D("mixed"))
    except ValueError as e:
        if a:
            print("a")
        elif b:
            print("b")
    print("after")

in_loop([1, 0])
with_while(2)
nested()
no_else(True)
no_else(False)
rebound()
unnamed(1)
unnamed(0)
mixed(1, 0)
mixed(0, 1)
mixed(0, 0)
