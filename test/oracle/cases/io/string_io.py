# io.StringIO: writes over the text at the position (a gap past the end is filled with NULs), reads,
# lines and iteration, seek/tell/truncate, the newline modes (None translates, '' keeps every ending,
# '\r' and '\r\n' replace written '\n'), `newlines`, `with`, print(file=...), redirect_stdout,
# subclasses and attributes, and that nothing written is kept by reference.
import io
import sys
from contextlib import redirect_stdout

f = io.StringIO()
print(f.write('hello\nworld\n'), f.tell())
f.seek(6)
f.write('W')
print(repr(f.getvalue()))
f.seek(0)
print(repr(f.readline()), repr(f.readline(3)), repr(f.read()))
print(repr(f.read()), repr(f.readline()))
f.seek(20)
f.write('!')
print(repr(f.getvalue()), len(f.getvalue()))
print(f.truncate(5), repr(f.getvalue()), f.tell())
f.seek(0, 2)
print(f.tell())
print(f.seek(0), f.readable(), f.writable(), f.seekable(), f.isatty(), f.line_buffering)

g = io.StringIO('a\nb\r\nc\rd')
print([line for line in g])
g.seek(0)
print(g.readlines(), g.newlines)
for newline in (None, '', '\n', '\r', '\r\n'):
    s = io.StringIO(newline=newline)
    s.write('x\ny\r\nz\rw')
    s.seek(0)
    print(repr(newline), repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO('one\r\n', newline=None)
print(s.newlines, repr(s.getvalue()))
s.write('two\n')
print(s.newlines)

print('é😀x', file=(h := io.StringIO()))
print(h.tell(), repr(h.getvalue()), h.getvalue() is h.getvalue())

text = ''.join(['ab', 'cd'])
before = sys.getrefcount(text)
k = io.StringIO()
k.write(text)
print(sys.getrefcount(text) - before, k.getvalue() == text, k.getvalue() is text)

buf = io.StringIO()
with redirect_stdout(buf):
    print('captured', 42)
    print('twice')
print(repr(buf.getvalue()))

with io.StringIO('data') as w:
    print(w.closed, w.read())
print(w.closed)

class Log(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

log = Log()
print('quiet', file=log)
log.name = 'log'
print(repr(log.getvalue()), log.name, type(log).__mro__[1].__name__, isinstance(log, io.TextIOBase))
print(io.StringIO(None).getvalue() == '', io.StringIO(newline=None).getvalue())
