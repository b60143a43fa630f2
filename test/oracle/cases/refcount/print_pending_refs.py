# With stdout a pipe (as here), sys.stdout keeps each written ASCII str as a pending piece, a reference,
# until the pieces are flushed: at 8192 bytes, or by flush(). stderr flushes at each newline.
import sys

def text(*parts):
    return ''.join(parts)

s = text('ab', 'cd')
print(sys.getrefcount(s))
print(s)
print(sys.getrefcount(s))
sys.stdout.flush()
print(sys.getrefcount(s))

u = text('é', 'cd')
print(u)
print(sys.getrefcount(u))

v = text('ab', 'cd')
sys.stdout.write(v)
print(v, v, v)
print(sys.getrefcount(v))
sys.stdout.flush()

class S(str):
    pass

q = S('abcd')
print(q)
print(sys.getrefcount(q))
sys.stdout.write(q)
print(sys.getrefcount(q))

big = text('y' * 8999, 'y')
w = text('ab', 'cd')
print(w)
print(sys.getrefcount(w))
print(big[:3])
print(sys.getrefcount(w))
print(big)
print(sys.getrefcount(w))

# Pieces are not gathered past a chunk: 3.11 and 3.12 flush the 5000 first and keep the 4000,
# 3.13 adds the 4000, reaches 9000 and flushes both.
a = text('a' * 4999, 'a')
print(a, end='')
b = text('b' * 3999, 'b')
print(b, end='')
print(sys.getrefcount(a), sys.getrefcount(b), file=sys.stderr)
x = text('x', 'y')
print(x, end='', file=sys.stderr)
print(sys.getrefcount(x), file=sys.stderr)
print(x, file=sys.stderr)
print(sys.getrefcount(x), file=sys.stderr)
