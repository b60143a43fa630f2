def describe(command):
    match command.split():
        case ['go', direction]:
            return f"going {direction}"
        case ['pick', 'up', *things]:
            return f"picking up {', '.join(things)}"
        case ['quit' | 'exit']:
            return 'bye'
        case []:
            return 'nothing'
        case _:
            return f"unknown: {command!r}"

for c in ['go north', 'pick up key lamp', 'exit', '', 'dance now']:
    print(describe(c))

def kind(value):
    match value:
        case int() if value < 0:
            return 'negative int'
        case int():
            return 'int'
        case {'type': t}:
            return 'dict of ' + t
        case (x, y):
            return f"pair {x},{y}"
    return 'other'

print(kind(-1), kind(3), kind({'type': 'user'}), kind((1, 2)), kind(2.0))
