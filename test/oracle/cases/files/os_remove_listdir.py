# os.listdir, os.remove and os.unlink on the same working directory open() writes to (empty at the
# start); the errors for a missing file and a directory; a file object still open on a removed file
# keeps reading its contents.
import os

print(os.listdir())
for name in ['b.txt', 'a.txt', 'c.log']:
    with open(name, 'w') as f:
        f.write(name.upper())
print(sorted(os.listdir('.')))
reader = open('a.txt')
os.remove('a.txt')
print(sorted(os.listdir()))
print(reader.read())
reader.close()
os.unlink('c.log')
print(os.listdir())
for action in (lambda: os.remove('a.txt'), lambda: os.remove('.'), lambda: os.listdir('b.txt'), lambda: os.listdir('nowhere')):
    try:
        action()
    except OSError as e:
        print(type(e).__name__, e)
