from . import deep


def shout(s):
    return s.upper() + "!"
