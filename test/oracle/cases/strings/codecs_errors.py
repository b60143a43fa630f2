# encode/decode with utf-8, ascii and latin-1, the error handlers, and the exact Unicode*Error messages.
s = 'naïve café €'
print(s.encode(), s.encode('utf8'), s.encode(encoding='UTF-8'))
for errors in ('ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace'):
    print(errors, s.encode('ascii', errors))
for codec in ('ascii', 'latin-1'):
    try:
        s.encode(codec)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
for call in (lambda: 'x'.encode('nope'), lambda: 'é'.encode('ascii', 'bogus'), lambda: 'a\ud800'.encode()):
    try:
        call()
    except (LookupError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
print(b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'), b'caf\xe9'.decode('utf-8', 'replace'), b'caf\xe9'.decode('utf-8', 'ignore'))
print(b'\xff'.decode('ascii', 'backslashreplace'), bytes('é', 'latin-1'), bytearray(b'ab').decode())
for data in (b'caf\xc3\xa9', b'caf\xe9', b'\xc3\x28', b'\xed\xa0\x80', b'\xf0\x9f\x98', b'\x80abc'):
    for codec in ('utf-8', 'ascii'):
        try:
            data.decode(codec)
        except UnicodeDecodeError as e:
            print(codec, e)
