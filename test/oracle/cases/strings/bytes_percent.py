# printf-style formatting of bytes: %s/%b take bytes-like objects, %r/%a give ascii(), %c one byte.
print(b'%s %d' % (b'a', 5), b'%x|%5s|%-5b|' % (255, b'ab', bytearray(b'cd')), b'%.1s' % b'xyz')
print(b'%c%c' % (65, b'z'), b'%r %a' % ('\xe9', b'x'), b'%(k)s' % {b'k': b'v'}, b'100%%' % ())
print(bytearray(b'%05.1f') % 2.25, b'%s' % memoryview(b'mv'), b'abc' % ())
for args in ('a', (1, 2), (b'a',), 256, [1]):
    try:
        print(b'%s %s' % args if isinstance(args, tuple) and len(args) == 1 else b'%s' % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for fmt, arg in ((b'%c', 256), (b'%c', 'a'), (b'%z', 1), (b'%d', b'1')):
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
