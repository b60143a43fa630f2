# io.BytesIO: writes over the bytes at the position (zeros fill a gap), reads, lines, seek/tell/truncate,
# and its buffer kept as a bytes object: BytesIO(b) shares b (one more reference), getvalue() and a read
# of everything from 0 hand that object out, and a change after that copies it.
import io
import sys

def fresh(*parts):
    return b''.join(parts)

b = io.BytesIO()
print(b.write(b'hello\nworld\n'), b.tell(), b.write(bytearray(b'!')), b.write(memoryview(b'?')))
b.seek(0)
print(b.readline(), b.readline(2), b.read(), b.read(), b.readline())
b.seek(20)
b.write(b'#')
print(b.getvalue(), len(b.getvalue()))
print(b.truncate(5), b.getvalue(), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(-100, 1), b.seek(3, 1), b.read1(1))
b.seek(0)
print(list(b), b.readlines())
b.seek(0)
print(b.readlines(), b.readable(), b.writable(), b.seekable(), b.isatty())

data = fresh(b'abc', b'def')
print(sys.getrefcount(data))
shared = io.BytesIO(data)
print(sys.getrefcount(data), shared.getvalue() is data, shared.read() is data)
shared.seek(0)
print(shared.read(2), shared.read() is data)
shared.write(b'X')
print(sys.getrefcount(data), shared.getvalue(), data)
v1 = shared.getvalue()
v2 = shared.getvalue()
print(v1 is v2, sys.getrefcount(v1))
shared.write(b'Y')
print(v1, shared.getvalue(), v1 is shared.getvalue())
del shared
print(sys.getrefcount(data), sys.getrefcount(v1))

copy = io.BytesIO(bytearray(b'xyz'))
print(copy.getvalue(), io.BytesIO(b'a').getvalue(), io.BytesIO().getvalue())
with io.BytesIO(b'data') as f:
    print(f.closed, f.read())
print(f.closed)
