# An uncaught exception goes to the sys.excepthook the program set (its arguments: type, value, traceback);
# the exit status stays 1.
import sys

def hook(exc_type, value, tb):
    print('custom hook:', exc_type.__name__, value, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    print('chained:', repr(value.__context__))

def fail():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('bad value')

sys.excepthook = hook
fail()
