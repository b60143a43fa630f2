# What another reader sees of a file still open for writing: nothing until the buffers pass it on.
# A TextIOWrapper keeps its text until 8192 bytes or a flush; its BufferedWriter keeps bytes while they
# fit its size (the file system's block size, 4096 here) and writes larger data straight on.
f = open('out.txt', 'w')
f.write('hello\n')
with open('out.txt') as r:
    print(repr(r.read()))
f.flush()
with open('out.txt') as r:
    print(repr(r.read()))

f.write('x' * 5000)
with open('out.txt') as r:
    print(len(r.read()))
f.write('y' * 9000)
with open('out.txt') as r:
    print(len(r.read()))
f.close()
with open('out.txt') as r:
    print(len(r.read()))

b = open('out.bin', 'wb')
b.write(b'a' * 4000)
print(len(open('out.bin', 'rb').read()))
b.write(b'b' * 200)
print(len(open('out.bin', 'rb').read()))
b.write(b'c' * 5000)
print(len(open('out.bin', 'rb').read()))
b.close()
print(len(open('out.bin', 'rb').read()))

line = open('out.txt', 'w', buffering=1)
line.write('no newline yet')
print(repr(open('out.txt').read()))
line.write(' - now one\n')
print(repr(open('out.txt').read()))
line.close()
