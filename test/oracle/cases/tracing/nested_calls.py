# sys.settrace: the call, line and return events of nested calls, each with its frame's code name, the
# line f_lineno reports and the return value; the global trace function returns itself as the local one.
import sys

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'return':
        print(f'{event:<6} {name} line {frame.f_lineno} -> {arg!r}')
    else:
        print(f'{event:<6} {name} line {frame.f_lineno}')
    return tracer

def square(x):
    return x * x

def sum_of_squares(a, b):
    total = square(a)
    total += square(b)
    return total

def main():
    result = sum_of_squares(2, 3)
    label = 'done'
    return result, label

sys.settrace(tracer)
value = main()
sys.settrace(None)
print(value)
