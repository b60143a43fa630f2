# sys.setprofile and a generator: each resume is a 'call' (3.12 gives the one of a throw() the exception,
# 3.11 and 3.13 None), each yield a 'return' with the value; next(), send() and throw() are 'c_call's.
import sys

def profiler(frame, event, arg):
    if event.startswith('c_'):
        print(f'{event} {arg.__qualname__}')
    elif frame.f_code.co_name == 'numbers':
        print(f'{event} numbers line {frame.f_lineno} arg {type(arg).__name__}')

def numbers():
    n = 0
    while True:
        try:
            got = yield n
        except ValueError:
            got = 100
        n = got if got is not None else n + 1

def main():
    g = numbers()
    next(g)
    g.send(5)
    g.throw(ValueError('reset'))
    g.close()

sys.setprofile(profiler)
main()
sys.setprofile(None)
