# An exception nobody catches while a trace function is set: its events in each frame of the program, then
# the traceback is printed as usual (the trace function still set: the interpreter's own code is left out).
import sys

def tracer(frame, event, arg):
    if frame.f_globals.get('__name__') != '__main__':
        return None
    detail = arg[0].__name__ if event == 'exception' else ''
    print(event, frame.f_code.co_name, frame.f_lineno, detail)
    return tracer

def inner(d):
    return d['missing']

def outer():
    data = {'present': 1}
    return inner(data)

sys.settrace(tracer)
outer()
