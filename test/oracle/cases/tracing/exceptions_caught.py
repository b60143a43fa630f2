# An exception raised two calls deep and caught by their caller: the 'exception' event in each frame it
# passes (arg is (type, value, traceback)), each frame it leaves returns None, then the handler's lines.
import sys

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'exception':
        kind, value, tb = arg
        print(f'exception in {name} at {frame.f_lineno}: {kind.__name__}({value}) tb line {tb.tb_lineno}')
    elif event == 'return':
        print(f'return from {name} at {frame.f_lineno}: {arg!r}')
    else:
        print(f'{event} {name} {frame.f_lineno}')
    return tracer

def parse(text):
    return int(text)

def convert(text):
    value = parse(text)
    return value * 2

def safe(text):
    try:
        return convert(text)
    except ValueError as e:
        print('caught:', e)
        return None
    finally:
        print('finally')

sys.settrace(tracer)
print(safe('21'))
print(safe('x'))
sys.settrace(None)
