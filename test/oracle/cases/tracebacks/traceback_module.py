# The traceback module: print_exc and format_exc in an except block, print_exception and format_exception with
# one exception or the (type, value, traceback) triple, a chained exception, file=sys.stdout, print_exc with
# no exception (NoneType: None), print_stack and format_stack from a function, and _parse_value_tb's errors.
# Whatever shows the frames goes to stderr, where the oracle compares the file names as the script's base name.
import sys
import traceback


def fail(n):
    if n == 0:
        raise ValueError("bottom")
    fail(n - 1)


try:
    fail(2)
except ValueError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(text.count('\n'), text.splitlines()[-1])
    pieces = traceback.format_exception(*sys.exc_info())
    print(len(pieces), pieces[0], end='')
    sys.stderr.write(pieces[-2])

try:
    try:
        [][1]
    except IndexError as e:
        raise KeyError('k') from e
except KeyError as e:
    traceback.print_exception(e)
    sys.stderr.write(''.join(traceback.format_exception(e)))
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stderr)

traceback.print_exc()
print(repr(traceback.format_exc()))


def where():
    traceback.print_stack()
    print(len(traceback.format_stack()))
    sys.stderr.write(''.join(traceback.format_stack()))
    traceback.print_stack(file=sys.stderr)


def caller():
    where()


caller()
traceback.print_exception(ValueError("never raised"))
for args in [(ValueError("a"), ValueError("b")), (3,)]:
    try:
        traceback.print_exception(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
