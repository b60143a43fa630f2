# Binary mode: open() returns a BufferedWriter, BufferedReader or BufferedRandom over a FileIO (their
# reprs and modes); bytes in and out, seek() and tell(), lines as bytes; buffering=0 gives the FileIO.
with open('data.bin', 'wb') as f:
    print(f, f.mode, f.raw)
    print(f.write(bytes(range(10))))
    print(f.write(bytearray(b'\n\xff\xfe')))
    print(f.tell())
with open('data.bin', 'rb') as f:
    print(f, f.mode)
    print(f.read(4))
    print(f.tell())
    print(f.read())
    print(f.seek(2), f.read(3))
    print(f.seek(-2, 2), f.read())
with open('data.bin', 'r+b') as f:
    print(f, f.mode, f.raw.mode)
    f.seek(1)
    f.write(b'AB')
    f.seek(0)
    print(f.read())
with open('data.bin', 'ab') as f:
    print(f.raw.mode, f.tell())
    f.write(b'tail\nend')
with open('data.bin', 'rb') as f:
    print(list(f))
with open('raw.bin', 'xb', buffering=0) as f:
    print(f, f.write(b'unbuffered'))
with open('raw.bin', 'rb', buffering=0) as f:
    print(f.read(2), f.readall())
try:
    with open('data.bin', 'wb') as f:
        f.write('text')
except TypeError as e:
    print(e)
