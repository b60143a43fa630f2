# What the global trace function returns decides each frame's local one: None leaves a frame without line
# events (its calls are still traced); a frame's f_trace can be set and read, and f_trace_lines turns its
# line events off.
import sys

def lines_only(frame, event, arg):
    print('  local:', event, frame.f_code.co_name, frame.f_lineno)
    return lines_only

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    print('global:', event, name, frame.f_lineno)
    if name == 'quiet':
        return None
    if name == 'no_lines':
        frame.f_trace_lines = False
    return lines_only

def quiet():
    a = 1
    return loud(a)

def loud(a):
    b = a + 1
    return b

def no_lines():
    x = 1
    y = 2
    return x + y

sys.settrace(tracer)
print(quiet())
print(no_lines())
frame = sys._getframe()
print(frame.f_trace, frame.f_trace_lines, frame.f_trace_opcodes)
frame.f_trace = lines_only
after = 'module lines now traced'
del frame.f_trace
sys.settrace(None)
print(after)
