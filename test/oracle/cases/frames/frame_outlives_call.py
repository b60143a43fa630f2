# A frame object kept after its function returned: it takes over the frame's locals, its code and
# its function (take_ownership), and links to its caller's frame object.
import sys

def make():
    items = ["a", "b"]
    total = 1000.5
    return sys._getframe()

func_base = sys.getrefcount(make)
code_base = sys.getrefcount(make.__code__)
frame = make()
print("function +", sys.getrefcount(make) - func_base, "code +", sys.getrefcount(make.__code__) - code_base)
print(frame.f_code is make.__code__, frame.f_code.co_name, frame.f_lineno)
print(frame.f_back is sys._getframe(), frame.f_back.f_code.co_name)
items = frame.f_locals["items"]
print(items, sys.getrefcount(items))
del frame
print("function +", sys.getrefcount(make) - func_base, "code +", sys.getrefcount(make.__code__) - code_base)
print(sys.getrefcount(items))
