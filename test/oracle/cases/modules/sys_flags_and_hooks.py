# sys's descriptive attributes as the oracle's interpreters have them (-X utf8, PYTHONHASHSEED=0,
# PYTHONDONTWRITEBYTECODE=1): hexversion,
# flags, thread_info, the encodings, and the hooks: sys.excepthook/__excepthook__, sys.unraisablehook/__unraisablehook__,
# calling sys.excepthook directly, and a program's own unraisable hook swapped in and out.
import sys

print(hex(sys.hexversion), sys.hexversion >> 24, sys.flags)
print(sys.flags.utf8_mode, sys.flags.optimize, sys.flags.int_max_str_digits, len(sys.flags), type(sys.flags).__name__)
print(sys.thread_info, sys.thread_info.name, type(sys.thread_info))
print(sys.float_repr_style, sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), repr(sys.abiflags), sys.api_version)
print(sys.warnoptions, sys._xoptions, sys.platlibdir, sys.pycache_prefix, sys.get_int_max_str_digits())
print(sys.excepthook, sys.__excepthook__ is sys.excepthook, sys.unraisablehook, sys.__unraisablehook__ is sys.unraisablehook)
try:
    sys.excepthook()
except TypeError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())
print('still running')

class Noisy:
    def __del__(self):
        raise RuntimeError('from __del__')

def quiet_hook(args):
    print('unraisable:', args.exc_type.__name__, args.exc_value, type(args.object).__name__)

saved = sys.unraisablehook
sys.unraisablehook = quiet_hook
Noisy()
sys.unraisablehook = saved
print(sys.unraisablehook is sys.__unraisablehook__)
