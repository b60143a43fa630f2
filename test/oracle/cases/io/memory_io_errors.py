# io.StringIO's and io.BytesIO's errors: closed objects (StringIO's message has no full stop, IOBase's and
# BytesIO's have one), bad positions, whence, sizes, arguments and newline values, and the refused operations.
import io
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = io.StringIO()
s.close()
for op in ('read', 'write', 'getvalue', 'tell', 'readline', 'truncate', 'readable', 'isatty', 'flush', 'seekable', '__iter__', '__next__', 'readlines', 'fileno', 'detach'):
    print(op, end=' '); t(lambda: getattr(s, op)('x') if op == 'write' else getattr(s, op)())
print(s.closed)
t(lambda: s.newlines); t(lambda: s.line_buffering)
s = io.StringIO('abc')
t(lambda: s.truncate(-1)); t(lambda: s.seek(-1)); t(lambda: s.seek(1, 1)); t(lambda: s.seek(0, 3)); t(lambda: s.seek('a')); t(lambda: s.read('a')); t(lambda: s.write(3)); t(lambda: s.write(b'a'))
t(lambda: io.StringIO(3)); t(lambda: io.StringIO('a', 3)); t(lambda: io.StringIO('a', 'x')); t(lambda: io.StringIO('a', newline='\r\n\r'))
t(lambda: s.fileno()); t(lambda: s.detach()); t(lambda: s.encoding); t(lambda: s.errors); t(lambda: s.name); t(lambda: s.buffer)
t(lambda: s.truncate('a')); t(lambda: s.truncate(1.5))
b = io.BytesIO(b'abc')
t(lambda: b.truncate(-1)); t(lambda: b.seek(-1)); t(lambda: b.seek(1, 1)); t(lambda: b.seek(-10, 1)); t(lambda: b.tell()); t(lambda: b.seek(0, 3)); t(lambda: b.write('a')); t(lambda: b.read('a'))
t(lambda: io.BytesIO('x')); t(lambda: io.BytesIO(3)); t(lambda: b.fileno()); t(lambda: b.read1()); t(lambda: b.isatty())
b.close()
for op in ('read', 'write', 'getvalue', 'tell', 'readline', 'truncate', 'readable', 'isatty', 'flush', 'seekable', 'seek', '__next__', 'read1'):
    print(op, end=' '); t(lambda: getattr(b, op)(b'x') if op == 'write' else getattr(b, op)(0) if op == 'seek' else getattr(b, op)())
t(lambda: io.StringIO().closed); t(lambda: repr(io.StringIO())[:20]); t(lambda: repr(io.BytesIO())[:19])
t(lambda: io.StringIO(initial_value='x', newline=None).getvalue())
t(lambda: io.BytesIO(initial_bytes=b'x').getvalue())
t(lambda: io.StringIO(value='x'))
