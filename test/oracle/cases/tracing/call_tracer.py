# A call tracer: indentation by depth from 'call' and 'return' events of a recursive function.
import sys

depth = 0

def tracer(frame, event, arg):
    global depth
    if frame.f_code.co_name != 'fib':
        return tracer
    if event == 'call':
        print('  ' * depth + f'fib({frame.f_locals["n"]})')
        depth += 1
    elif event == 'return':
        depth -= 1
        print('  ' * depth + f'= {arg}')
    return tracer

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

sys.settrace(tracer)
fib(4)
sys.settrace(None)
