# open(): a text file written in a with block, then read back whole (read) once the with closed it;
# the file objects' reprs (TextIOWrapper, its BufferedWriter and FileIO), name, mode, encoding, closed.
with open('notes.txt', 'w') as f:
    print(f)
    print(f.buffer)
    print(f.buffer.raw)
    print(f.name, f.mode, f.encoding, f.closed)
    print(f.write('first line\n'))
    print(f.write('second line, é\n'))
    print(f.readable(), f.writable())
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
print(f)
print(f.buffer.raw)

with open('notes.txt') as f:
    print(f)
    text = f.read()
print(repr(text))
print(len(text))

with open('notes.txt', encoding='utf-8') as f:
    print(f.encoding, f.errors)
    print(repr(f.read(5)), f.tell())
    print(repr(f.read()))
    print(repr(f.read()))
