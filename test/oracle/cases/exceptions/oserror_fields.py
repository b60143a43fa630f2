# OSError's fields (Objects/exceptions.c: OSError_new, oserror_init, OSError_str): errno, strerror,
# filename and filename2 from the arguments, each a reference of its own (a filename leaves the args
# tuple, which keeps (errno, strerror)); OSError(errno, ...) is the errno's subclass; str() shows them;
# the fields can be set and deleted; BlockingIOError's third argument is characters_written; a class
# with its own __init__ gets empty args until OSError.__init__ parses them.
import sys

name = object()
other = object()
print(sys.getrefcount(name))
e = OSError(2, 'No such file', name)
print(type(e).__name__, e.errno, e.strerror, e.filename is name, e.filename2, e.args)
print(sys.getrefcount(name))
e2 = OSError(1, 'Perm', name, None, other)
print(type(e2).__name__, e2.args, e2.filename is name, e2.filename2 is other)
print(sys.getrefcount(name), sys.getrefcount(other))
del e, e2
print(sys.getrefcount(name), sys.getrefcount(other))

print(str(OSError(2, 'No such file', 'a.txt')), repr(OSError(2, 'No such file', 'a.txt')))
print(str(OSError(1, 'Perm', 'a', None, 'b')))
print(str(OSError(2, 'x')), str(OSError('x')), OSError('x').errno, OSError().strerror)
print(str(OSError('a', 'b')), type(OSError('a', 'b')).__name__, str(OSError(2, None, 'f')))
print(str(OSError(1, 2, 3, 4, 5, 6)), OSError(1, 2, 3, 4, 5, 6).errno, type(OSError(2, 1, 2, 3, 4, 5)).__name__)
print(type(ConnectionError(2, 'x')).__name__, type(OSError(True, 'x')).__name__, type(OSError(999, 'x')).__name__)
for n in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115):
    print(n, type(OSError(n, 'm')).__name__)

e = FileNotFoundError(2, 'gone', 'f.txt')
e.errno = 5
e.filename = name
print(sys.getrefcount(name))
e.filename = 'g'
print(str(e), sys.getrefcount(name))
del e.filename
print(str(e), e.filename)
e.strerror = None
print(str(e))
try:
    raise OSError(13, 'Permission denied', '/etc/x')
except PermissionError as p:
    print(type(p).__name__, p.errno, p.strerror, p.filename, p)
print(hasattr(e, 'characters_written'))
b = BlockingIOError(11, 'again', 5)
print(b.characters_written, b.filename, b.args, str(b))
b.characters_written = 7
print(b.characters_written)
del b.characters_written
for action in (lambda: b.characters_written, lambda: delattr(b, 'characters_written')):
    try:
        action()
    except AttributeError as a:
        print('AttributeError', a)

try:
    OSError(2, 'x', foo=1)
except TypeError as t:
    print(t)


class Mine(OSError):
    pass


m = Mine(2, 'x', 'f')
print(type(m).__name__, m.errno, m.filename, str(m), m.args)


class WithInit(OSError):
    def __init__(self, *args):
        print('before', self.args, self.errno)
        super().__init__(*args)


w = WithInit(2, 'x', 'f')
print(type(w).__name__, w.args, w.errno, w.filename, str(w))
e = OSError(2, 'x')
e.__init__(3, 'y')
print(e.args, e.errno)
BaseException.__init__(e, 4, 'z')
print(e.args, e.errno, str(e))
raise OSError(2, 'No such file or directory', 'missing.txt')
