# A trace function that raises: the exception takes the place of what the traced code was doing (raised at
# the line being reported) and the trace function is unset (sys.gettrace() is None afterwards).
import sys

def tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'victim' and frame.f_lineno == 13:
        raise RuntimeError('tracer failed at line 13')
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer

def victim():
    a = 1
    b = a + 1
    return a + b

def main():
    try:
        victim()
    except RuntimeError as e:
        print('caught:', e)
    print('trace function now:', sys.gettrace())

sys.settrace(tracer)
main()
print(victim())
