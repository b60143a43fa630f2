# The display hooks: a replaced warnings.showwarning gets each shown warning; the 'once' and 'module' actions; formatwarning and WarningMessage as Lib/warnings.py formats them; catch_warnings' repr.
import warnings
def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message, lineno)
warnings.showwarning = show
warnings.warn("one")
for _ in range(2):
    warnings.warn("loop", UserWarning)
warnings.simplefilter("once")
warnings.warn("o")
warnings.warn("o")
def f():
    warnings.warn("o")
f()
warnings.simplefilter("module")
warnings.warn("m")
warnings.warn("m")
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  code  "))
print(str(warnings.WarningMessage("m", UserWarning, "f.py", 2)))
print(warnings.catch_warnings(), warnings.catch_warnings(record=True))
