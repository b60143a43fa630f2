# Generators under a trace function: each resume is a 'call' event at the line it stopped, each yield a
# 'return' event with the yielded value; send(), a loop over one, and close().
import sys

def tracer(frame, event, arg):
    if frame.f_code.co_name in ('countdown', 'echo', 'consume'):
        extra = f' {arg!r}' if event in ('return', 'call') and arg is not None else ''
        if event == 'exception':
            extra = ' ' + arg[0].__name__
        print(f'{event} {frame.f_code.co_name} {frame.f_lineno}{extra}')
    return tracer

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'liftoff'

def echo():
    received = None
    while True:
        received = yield received

def consume():
    for value in countdown(2):
        print('got', value)
    e = echo()
    next(e)
    print(e.send('hello'))
    e.close()

sys.settrace(tracer)
consume()
sys.settrace(None)
