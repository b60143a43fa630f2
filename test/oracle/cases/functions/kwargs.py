import sys

def describe(name, **kwargs):
    parts = [name]
    for key, value in kwargs.items():
        parts.append(f"{key}={value!r}")
    return ' '.join(parts)

print(describe('cat'))
print(describe('cat', legs=4, sound='meow'))
options = {'color': 'grey', 'age': 3}
print(describe('cat', **options))

def keep(**kwargs):
    return kwargs

saved = keep(a=options, b=options)
print("options held by a **kwargs dict twice:", sys.getrefcount(options))

def combo(a, b=2, *rest, flag=False, **extra):
    return (a, b, rest, flag, sorted(extra))

print(combo(1))
print(combo(1, 3, 5, 7, flag=True, z=0, y=1))
