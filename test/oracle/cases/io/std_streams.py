# sys.stdin, sys.stdout and sys.stderr are _io.TextIOWrapper objects over a Buffered* over a FileIO, as
# CPython makes them for pipes: their reprs, attributes, descriptors, errors (not seekable, not readable or
# writable), sys.__stdout__, isinstance with io's classes, reading stdin, and a closed sys.stdout.
import io
import sys

out, err, inp = sys.stdout, sys.stderr, sys.stdin
print(out)
print(err, file=sys.stderr)
print(inp)
print(out.buffer, out.buffer.raw)
print(inp.buffer, inp.buffer.raw)
print(out.name, out.mode, out.encoding, out.errors, out.line_buffering, out.write_through, out.closed)
print(err.name, err.mode, err.encoding, err.errors, err.line_buffering, err.write_through)
print(inp.name, inp.mode, inp.errors, inp.newlines, out.newlines)
print([f.fileno() for f in (inp, out, err)], [f.isatty() for f in (inp, out, err)])
print([f.readable() for f in (inp, out, err)], [f.writable() for f in (inp, out, err)], [f.seekable() for f in (inp, out, err)])
print(out.buffer.seekable(), out.buffer.raw.seekable(), out.buffer.raw.closefd, out.buffer.fileno())
print(sys.getrefcount(out), sys.getrefcount(inp))
print(out is sys.__stdout__, err is sys.__stderr__, inp is sys.__stdin__)
print(type(out), isinstance(out, io.TextIOWrapper), isinstance(out, io.TextIOBase), isinstance(out.buffer, io.BufferedIOBase))

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

for f in (out.tell, lambda: out.seek(0), out.read, out.readline, lambda: out.write(b'x'), lambda: out.write(None), inp.tell, lambda: inp.write('x')):
    attempt(f)

print(out.write('héllo\n'), err.write('to stderr\n'))
out.writelines(['a\n', 'b\n'])
print(repr(inp.readline()), repr(inp.readline(2)), repr(input()))
print([line for line in inp])
print(repr(inp.read()), repr(inp.readline()))

saved = sys.stdout
sys.stdout = io.StringIO()
print('hidden')
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))
sys.stdout.flush()
sys.stdout.close()
print(sys.stdout.closed, file=sys.stderr)
try:
    print('lost')
except ValueError as e:
    print('print:', e, file=sys.stderr)
for f in (sys.stdout.flush, lambda: sys.stdout.write('x'), sys.stdout.fileno, sys.stdout.close):
    try:
        print(repr(f()), file=sys.stderr)
    except ValueError as e:
        print(type(e).__name__, e, file=sys.stderr)
