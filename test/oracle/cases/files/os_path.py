# os.path (posixpath): join, split, splitext, basename, dirname and isabs as Lib/posixpath.py computes them; exists, isfile, isdir and getsize answered by the working directory, where a file exists once the program wrote it; os.sep and the other path constants; 'import os.path' and 'from os.path import'.
import os
import os.path
from os.path import join, splitext

print(os.sep, repr(os.linesep), os.curdir, os.pardir, os.name, os.altsep, os.path.__name__, os.path is os.path)
print(join('data', 'raw', 'notes.txt'), join('a/', 'b'), join('a', '/abs', 'c'), join('', 'x'))
print(os.path.split('data/raw/notes.txt'), os.path.split('notes.txt'), os.path.split('a//b'))
print(splitext('archive.tar.gz'), splitext('.bashrc'), splitext('noext'), splitext('a.b/c'))
print(os.path.basename('data/raw/notes.txt'), repr(os.path.dirname('notes.txt')), os.path.dirname('a/b/c'))
print(os.path.isabs('/etc'), os.path.isabs('etc'))
name = 'notes.txt'
print(os.path.exists(name), os.path.isfile(name), os.path.isdir('.'), os.path.exists('.'))
with open(name, 'w') as f:
    f.write('bonjour\n')
print(os.path.exists(name), os.path.isfile(name), os.path.isdir(name), os.path.getsize(name))
os.remove(name)
print(os.path.exists(name))
try:
    os.path.getsize(name)
except FileNotFoundError as e:
    print(e)
try:
    os.path.join('a', 3)
except TypeError as e:
    print(e)
print(os.path.exists('missing/dir/file'), os.path.isfile('notes.txt/x'))
