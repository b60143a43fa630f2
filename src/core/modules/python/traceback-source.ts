// The traceback module, run by the simulator as CPython runs Lib/traceback.py: print_exception,
// format_exception, print_exc, format_exc, print_stack and format_stack with traceback.py's arguments
// (_parse_value_tb as CPython's; 3.13 takes the handled exception from sys.exception(), the same one). The
// text TracebackException and StackSummary format is laid out natively (modules/traceback-helpers.ts), each
// piece printed as `print(line, file=file, end="")` prints it. The rest of the module (TracebackException,
// StackSummary, FrameSummary, extract_*, walk_*, format_exception_only...) is not written: its names stop the
// run as not modelled (runtime/cpython-names.ts).

export const TRACEBACK_SOURCE = `
import sys
from _lens_traceback import _format_exception, _format_stack

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


class _Sentinel:
    def __repr__(self):
        return "<implicit>"

_sentinel = _Sentinel()

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__

            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        else:
            return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, \\
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    value, tb = _parse_value_tb(exc, value, tb)
    lines = _format_exception(value, tb, limit, chain)
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, \\
                     chain=True):
    """Format a stack trace and the exception information."""
    value, tb = _parse_value_tb(exc, value, tb)
    return _format_exception(value, tb, limit, chain)


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(sys.exception(), limit, file, chain)'."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)

def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = sys._getframe().f_back
    lines = _format_stack(f, limit)
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end="")


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return _format_stack(f, limit)
`;
