# A file object is closed when its count reaches zero (iobase_finalize calls close(), which flushes):
# `open(...).write(...)` in one expression, a function that never closes its file, `del`; without that,
# what stayed in the buffers is not in the file yet. A file in a reference cycle waits for the collector.
import gc

open('one.txt', 'w').write('written in one line\n')
print(open('one.txt').read(), end='')

def log(name, message):
    f = open(name, 'a')
    f.write(message + '\n')

log('log.txt', 'first')
log('log.txt', 'second')
print(open('log.txt').read(), end='')

kept = open('kept.txt', 'w')
kept.write('still buffered\n')
print(repr(open('kept.txt').read()))
del kept
print(repr(open('kept.txt').read()))

class Holder:
    def __init__(self, name):
        self.file = open(name, 'w')
        self.me = self

h = Holder('cycle.txt')
h.file.write('in a cycle\n')
del h
print(repr(open('cycle.txt').read()))
gc.collect()
print(repr(open('cycle.txt').read()))
