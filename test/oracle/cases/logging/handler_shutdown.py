# A Handler subclass (emit, flush, close): records collected, and at exit logging.shutdown (registered with
# atexit when logging was imported) flushes and closes every handler still alive, newest first; one removed
# and closed before is flushed and closed again (logging's _handlerList still holds a weak reference to it).
import logging
import sys


class Collect(logging.Handler):
    def __init__(self, name):
        super().__init__()
        self.set_name(name)
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))

    def flush(self):
        print("flush", self.name, self.lines)

    def close(self):
        print("close", self.name)
        super().close()


log = logging.getLogger('app')
log.setLevel(logging.INFO)
first = Collect('first')
second = Collect('second')
gone = Collect('gone')
for h in (first, second, gone):
    log.addHandler(h)
first.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.info("a")
log.warning("b %d", 2)
log.removeHandler(gone)
gone.close()
print(first.lines, second.lines, gone.lines)
print(first.get_name(), sorted(n for n in ('first', 'second', 'gone') if n in logging._handlers))
print("end of program")
