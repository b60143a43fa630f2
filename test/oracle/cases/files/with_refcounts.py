# Reference counts of open()'s objects: the TextIOWrapper holds its BufferedWriter and also the raw
# FileIO (which the buffer holds too); the FileIO keeps the name object in its __dict__; `with` holds
# the file's bound __exit__ (one more reference to it); an ASCII str written stays referenced by the
# wrapper's pending data until a flush.
import sys

name = ''.join(['data', '.txt'])
print(sys.getrefcount(name))
f = open(name, 'w')
print(sys.getrefcount(f))
print(sys.getrefcount(f.buffer))
print(sys.getrefcount(f.buffer.raw))
print(sys.getrefcount(name))
print(f.name is name)

line = ''.join(['abc', 'def\n'])
print(sys.getrefcount(line))
f.write(line)
print(sys.getrefcount(line))
f.flush()
print(sys.getrefcount(line))
f.close()
print(sys.getrefcount(f))

with open(name) as g:
    print(sys.getrefcount(g))
    print(g.read())
print(sys.getrefcount(g))
del f, g
print(sys.getrefcount(name))
