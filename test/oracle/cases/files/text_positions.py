# Positions in a text file: tell() is a byte offset ('é' takes two), seek() back to one, read(n) and
# readline(size) count characters; tell() refuses while a for loop reads the file (until its end);
# seek() relative to the current position or the end only by 0; a read-write file ('w+', 'r+').
with open('pos.txt', 'w') as f:
    print(f.write('héllo\nwörld\nlast'), f.tell(), f.isatty())

with open('pos.txt') as f:
    print(repr(f.read(2)), f.tell())
    print(repr(f.readline()), f.tell())
    mark = f.tell()
    print(repr(f.readline(3)), repr(f.readline()))
    f.seek(mark)
    print(repr(f.read()), f.tell())
    print(f.seek(0), repr(f.read(1)), f.seek(0, 1), f.seek(0, 2))
    for name, action in [('cur', lambda: f.seek(1, 1)), ('end', lambda: f.seek(-1, 2)), ('negative', lambda: f.seek(-1))]:
        try:
            action()
        except (OSError, ValueError) as e:
            print(name, type(e).__name__, e)

with open('pos.txt') as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(repr(line), type(e).__name__, e)
    print(f.tell())

with open('crlf.txt', 'w', newline='') as f:
    f.write('ab\r\ncd\nef\rgh')
with open('crlf.txt') as f:
    print(repr(f.readline()), f.tell(), f.readlines(), f.tell())

with open('rw.txt', 'w+') as f:
    f.write('first\nsecond\n')
    print(repr(f.read()), f.tell())
    f.seek(0)
    print(f.readlines())
    f.write('third\n')
with open('rw.txt', 'r+') as f:
    print(repr(f.read(5)))
    f.write('!')
    f.seek(0)
    print(repr(f.read()))
