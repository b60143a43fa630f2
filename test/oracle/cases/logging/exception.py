# logger.exception in an except block: the message, then the traceback as traceback.print_exception formats it
# (on stderr, from the last-resort-free basicConfig handler); exc_info given as an exception, as True outside
# any except (NoneType: None), a chained exception, and the record's exc_text cached by the formatter.
import logging

logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('calc')


def ratio(a, b):
    return a / b


def average(values):
    return ratio(sum(values), len(values))


try:
    average([])
except ZeroDivisionError:
    log.exception("average of %s failed", [])

try:
    int('x')
except ValueError as e:
    log.error("parsing failed", exc_info=e)
    log.warning("no traceback: %s", e)

log.error("outside any except", exc_info=True)

try:
    try:
        {}['key']
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError:
    logging.exception("chained")
print("done")
