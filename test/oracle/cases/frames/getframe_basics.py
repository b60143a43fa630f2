# sys._getframe(): the running frame's code, line, caller and namespaces.
import sys

def where():
    frame = sys._getframe()
    print(frame.f_code.co_name, frame.f_lineno, frame.f_back.f_code.co_name, frame.f_back.f_lineno)
    print(sys._getframe(1).f_code.co_name, frame.f_back is sys._getframe(1))
    return frame.f_lineno

print(where())
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_lineno)
print(top.f_globals is globals(), top.f_locals is globals(), top.f_builtins is __builtins__.__dict__)

def depth(n):
    if n == 0:
        names = []
        frame = sys._getframe()
        while frame is not None:
            names.append(frame.f_code.co_name)
            frame = frame.f_back
        return names
    return depth(n - 1)

print(depth(3))
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)
