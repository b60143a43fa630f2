print("a: start")
import b

def f():
    return 1
