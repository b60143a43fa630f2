# The argument errors of warnings.warn, __import__ and open(), parsed as Argument Clinic's _PyArg_UnpackKeywords does: a missing required argument, one given twice, too many, an unexpected keyword.
import warnings
for call in (lambda: warnings.warn(), lambda: warnings.warn("m", message="x"), lambda: warnings.warn("m", UserWarning, 1, None, 5),
             lambda: warnings.warn("m", bogus=1), lambda: __import__(), lambda: __import__("math", bogus=1),
             lambda: open(), lambda: open("a", bogus=1), lambda: open("a", "r", -1, None, None, None, True, None, 9)):
    try:
        call()
    except TypeError as e:
        print(e)
