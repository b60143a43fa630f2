# print() writes each argument, separator and end in turn: a __str__ that prints comes out in between,
# and a file of the program's own gets one write() call per piece.
import sys

class Loud:
    def __str__(self):
        print('(str of Loud)')
        return 'Loud'

print(1, Loud(), 2)

class Recorder:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def flush(self):
        self.parts.append('<flush>')

r = Recorder()
print('a', 'b', sep='-', end='!', file=r, flush=True)
print(r.parts)
s = 'same object'
print(s, file=r)
print(r.parts[-2] is s)
for bad in [dict(sep=1), dict(end=[])]:
    try:
        print('x', **bad)
    except TypeError as e:
        print(e)
print('to stderr', 1, file=sys.stderr)
