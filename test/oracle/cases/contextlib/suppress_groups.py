# Checks suppress() given an exception group: 3.12+ drops the members it suppresses (the whole
# group when nothing is left) and raises the rest from contextlib.py's `raise rest`; 3.11 only
# compares the group's own type, so the group goes through whole.
from contextlib import suppress


def check(group, *suppressed):
    try:
        with suppress(*suppressed):
            raise group
        print("suppressed", repr(group))
    except BaseException as e:
        print("left", repr(e), e is group)


check(ExceptionGroup("all", [KeyError(1), KeyError(2)]), KeyError)
check(ExceptionGroup("some", [KeyError(1), ValueError(2), ExceptionGroup("inner", [KeyError(3)])]), LookupError)
check(ExceptionGroup("none", [ValueError(1)]), KeyError)
check(ExceptionGroup("itself", [ValueError(1)]), ExceptionGroup)

with suppress(ZeroDivisionError, IndexError):
    raise ExceptionGroup("batch", [ZeroDivisionError(), OSError("disk"), IndexError()])
