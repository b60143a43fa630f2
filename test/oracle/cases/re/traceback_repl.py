# An exception in a replacement function passed to re.sub: the traceback goes through re/__init__.py's
# sub (Pattern.sub is C code: no frame of its own) into the function.
import re


def double(m):
    return str(int(m.group()) * 2) if m.group() != '3' else m.group() / 2


print(re.sub(r'\d', double, 'a1b2'))
print(re.compile(r'\d').sub(double, 'x2'))
re.sub(r'\d', double, 'a1b3')
