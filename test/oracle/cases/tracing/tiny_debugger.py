# A tiny debugger: at each line event of the function it watches, the source line (linecache, from the
# frame's co_filename) and the locals bound so far; calls and returns indented by depth.
import linecache
import sys

depth = 0

def debugger(frame, event, arg):
    global depth
    code = frame.f_code
    if code.co_filename != __file__ or code.co_name == '<module>':
        return debugger
    pad = '  ' * depth
    if event == 'call':
        print(f'{pad}-> {code.co_name}({", ".join(f"{k}={v!r}" for k, v in frame.f_locals.items())})')
        depth += 1
    elif event == 'line':
        source = linecache.getline(code.co_filename, frame.f_lineno).strip()
        print(f'{pad}{frame.f_lineno:>3}: {source:<28} {dict(frame.f_locals)}')
    elif event == 'return':
        depth -= 1
        print(f'{"  " * depth}<- {code.co_name} = {arg!r}')
    return debugger

def mean(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)

def report(data):
    m = mean(data)
    return f'mean {m}'

sys.settrace(debugger)
print(report([2, 4, 9]))
sys.settrace(None)
