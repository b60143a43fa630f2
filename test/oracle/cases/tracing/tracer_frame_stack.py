# Where a trace function runs: as a frame called above the traced one (its f_back is the traced frame),
# with tracing off inside it (what it calls is not traced) unless it uses sys.call_tracing.
import sys

def helper(x):
    return x + 1

def tracer(frame, event, arg):
    caller = sys._getframe(1)
    print(event, frame.f_code.co_name, caller is frame, sys._getframe().f_back.f_code.co_name, helper(1))
    if event == 'call' and frame.f_code.co_name == 'work':
        sys.call_tracing(helper, (2,))
    return tracer

def work():
    return helper(10)

sys.settrace(tracer)
work()
sys.settrace(None)
