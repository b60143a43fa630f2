# %-style arguments: formatted only when a handler emits the record (getMessage), with one mapping argument
# as the mapping itself, record.msg and record.args kept as given, a non-str message, extra fields, and
# str() of objects formatted lazily (not at all for a record below the level).
import logging
import sys

logging.basicConfig(level=logging.INFO, stream=sys.stdout, format='%(message)s')


class Point:
    calls = 0

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        Point.calls += 1
        return f"({self.x}, {self.y})"


p = Point(1, 2)
logging.info("point %s, doubled %r", p, [p.x * 2, p.y * 2])
logging.debug("never formatted: %s", p)
print(Point.calls)
logging.info("%(user)s has %(n)d items", {'user': 'ann', 'n': 3})
logging.info("%5.1f%% done, %x hex, %o oct, %e", 99.44, 255, 8, 12345.678)
logging.info(Point(3, 4))
logging.info(42)
logging.info("no args, a literal %s stays")
logging.info("a tuple arg %s", (1, 2))


class Keep(logging.Handler):
    def emit(self, record):
        print(repr(record.msg), record.args, repr(record.getMessage()), record.levelname, record.user)


keep = Keep()
logging.getLogger('k').addHandler(keep)
logging.getLogger('k').warning("%s+%s", 1, 2, extra={'user': 'bob'})
logging.getLogger('k').warning("%(a)s", {'a': 'mapping'}, extra={'user': 'eve'})
try:
    logging.getLogger('k').warning("x", extra={'message': 'clash'})
except KeyError as e:
    print("KeyError:", e)
