import sys

class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad setting {text!r}") from e

try:
    load('abc')
except ConfigError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress context:", e.__suppress_context__)
    print("refs of the cause:", sys.getrefcount(e.__cause__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('during handling')
except KeyError as e:
    print("context:", type(e.__context__).__name__, "cause:", e.__cause__)
