# A record whose message cannot be formatted: Handler.handleError prints "--- Logging error ---", the traceback
# through logging/__init__.py's own lines (emit, format, getMessage, with their position markers), the call
# stack of the program's frames, the message and the arguments, all on stderr, and the program goes on.
import logging


def report(count):
    logging.warning("%d items in %s", count)


logging.warning("two %s %s", "args")
report(3)
logging.error("%d", "not a number")
logging.raiseExceptions = False
logging.warning("silent %s %s", 1)
print("still running")
