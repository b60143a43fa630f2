# A sys.excepthook that raises: CPython prints "Error in sys.excepthook:", the hook's traceback, then
# "Original exception was:" and the program's own traceback.
import sys

def hook(exc_type, value, tb):
    print('hook called with', exc_type.__name__)
    raise RuntimeError('the hook failed')

sys.excepthook = hook
raise LookupError('original')
