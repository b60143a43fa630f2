# UnicodeEncodeError/UnicodeDecodeError: args (encoding, object, start, end, reason), their attributes,
# str() built from them, and an uncaught one's traceback.
calls = (lambda: 'héé€'.encode('ascii'), lambda: 'x€'.encode('latin1'), lambda: b'ab\xff\xfe'.decode(),
         lambda: bytearray(b'\xc3').decode('utf8'), lambda: b'\x80'.decode('ascii'), lambda: bytes('😀', 'latin-1'))
for call in calls:
    try:
        call()
    except UnicodeError as e:
        print(type(e).__name__, e)
        print(' ', e.args, repr(e))
        print(' ', e.encoding, ascii(e.object), e.start, e.end, e.reason, type(e.object).__name__)
e = UnicodeEncodeError('ascii', 'abc', 0, 2, 'why')
print(e, e.start, isinstance(e, ValueError))
e = UnicodeDecodeError('utf-8', b'abc', 1, 2, 'bad')
print(e, e.end)
word = 'naïve'
data = word.encode('ascii')
