from . import rules
SIZE = 3

def describe():
    return f"{SIZE}x{SIZE}, {rules.NAME}"
