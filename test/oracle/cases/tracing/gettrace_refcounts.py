# sys.gettrace/sys.getprofile give back the functions set (the thread holds a reference to each), and
# what a trace function is handed: its frame (held by the running frame, and by 3.12+ for the call too),
# the return value.
import sys

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'f':
        if event == 'return':
            print(event, sys.getrefcount(frame), sys.getrefcount(arg), sys.getrefcount(tracer))
        else:
            print(event, sys.getrefcount(frame), sys.getrefcount(tracer))
    return tracer

def f():
    result = [1, 2, 3]
    return result

print(sys.gettrace(), sys.getprofile())
base = sys.getrefcount(tracer)
sys.settrace(tracer)
print(sys.gettrace() is tracer, sys.getrefcount(tracer) - base)
f()
sys.settrace(None)
print(sys.gettrace(), sys.getrefcount(tracer) - base)
sys.setprofile(tracer)
print(sys.getprofile() is tracer, sys.getrefcount(tracer) - base)
sys.setprofile(None)
print(sys.getprofile(), sys.getrefcount(tracer) - base)
