# A tiny debugger: a trace function reading frame.f_locals at each line and changing one (3.11/3.12 copy
# them into a dict the frame keeps and back after the call; 3.13's proxy writes through), and what the
# locals' counts show afterwards.
import sys

def debugger(frame, event, arg):
    if frame.f_code.co_name != 'compute':
        return debugger
    if event == 'line':
        print(frame.f_lineno, sorted(frame.f_locals.items()))
        if frame.f_lineno == 16:
            frame.f_locals['step'] = 10
    return debugger

def compute(start):
    data = [start]
    step = 1
    data.append(start + step)
    print('refs to data:', sys.getrefcount(data))
    return data

sys.settrace(debugger)
print(compute(5))
sys.settrace(None)
