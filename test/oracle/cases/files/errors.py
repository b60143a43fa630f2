# The errors of open() and of file objects, as CPython raises them in an empty directory: a missing
# file, 'x' on a file that exists, a directory, a bad mode, a closed file, reading a file opened for
# writing (io.UnsupportedOperation) and the other way, bytes to a text file; the last one escapes.
def attempt(label, action):
    try:
        action()
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('missing', lambda: open('missing.txt'))
attempt('missing dir', lambda: open('nowhere/new.txt', 'w'))
attempt('directory', lambda: open('.'))
attempt('bad mode', lambda: open('a.txt', 'rw'))
attempt('repeated', lambda: open('a.txt', 'rr'))
attempt('no kind', lambda: open('a.txt', 'b'))
attempt('text and binary', lambda: open('a.txt', 'rtb'))
attempt('binary encoding', lambda: open('a.txt', 'rb', encoding='utf-8'))
attempt('unbuffered text', lambda: open('a.txt', 'w', buffering=0))
attempt('not a path', lambda: open(['a.txt']))

try:
    open('missing.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
except OSError:
    print('not reached')

with open('a.txt', 'x') as f:
    f.write('created\n')
attempt('exists', lambda: open('a.txt', 'x'))

w = open('a.txt', 'a')
attempt('read writer', lambda: w.read())
attempt('iterate writer', lambda: next(w))
attempt('write bytes', lambda: w.write(b'raw'))
attempt('write int', lambda: w.write(42))
w.close()
attempt('write closed', lambda: w.write('late'))
attempt('with closed', lambda: w.__enter__())
w.close()
print('closing twice is fine')

import io
r = open('a.txt')
try:
    r.write('nope')
except io.UnsupportedOperation as e:
    print(isinstance(e, OSError), isinstance(e, ValueError), e)
r.close()
attempt('read closed', lambda: r.read())
with open('a.txt') as r:
    r.write('this escapes\n')
