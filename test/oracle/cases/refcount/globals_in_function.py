# Reading a global inside a function does not create a lasting reference.
import sys

CONFIG = {'debug': True}

def read():
    return sys.getrefcount(CONFIG)

def read_local():
    c = CONFIG
    return sys.getrefcount(CONFIG)

print("module level:", sys.getrefcount(CONFIG))
print("read():", read())
print("read_local():", read_local())
print("after:", sys.getrefcount(CONFIG))
