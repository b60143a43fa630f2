# sys.setprofile: call and return events of Python functions, and 'c_call', 'c_return', 'c_exception' for
# built-in functions and methods of built-in types (bound to their object), never 'line' events.
import sys

def profiler(frame, event, arg):
    if event.startswith('c_'):
        print(f'{event:<11} {arg.__qualname__} from {frame.f_code.co_name} line {frame.f_lineno}')
    else:
        print(f'{event:<11} {frame.f_code.co_name} line {frame.f_lineno}')

def key(v):
    return -v

def work():
    data = [3, 1, 2]
    data.append(len(data))
    ordered = sorted(data, key=key)
    text = str.upper('ab')
    try:
        int('x')
        max([])
    except ValueError:
        pass
    n = list(range(2))
    return ordered, text, n

sys.setprofile(profiler)
result = work()
sys.setprofile(None)
print(result)
print(sys.getprofile())
