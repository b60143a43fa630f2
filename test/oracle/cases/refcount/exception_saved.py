# To keep the exception after the handler, bind it to another name.
import sys

saved = None
try:
    {}['missing']
except KeyError as e:
    saved = e
    print("inside, e and saved:", sys.getrefcount(saved))
print("outside, only saved:", sys.getrefcount(saved))
print("type:", type(saved).__name__, "args:", saved.args)
print("has a traceback:", saved.__traceback__ is not None)
