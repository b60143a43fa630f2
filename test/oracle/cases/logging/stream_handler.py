# A StreamHandler on sys.stdout with a Formatter of its own (width, precision and repr conversions, a default
# from the format's `defaults`), a second handler writing to an io.StringIO, terminator, setStream, and
# removeHandler; the Formatter's format, formatMessage and usesTime.
import io
import logging
import sys

log = logging.getLogger('report')
log.setLevel(logging.DEBUG)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(levelname).1s %(name)10s %(lineno)3d | %(message)r %(tag)s',
                                   defaults={'tag': '-'}))
log.addHandler(out)
log.info("total %.2f", 12.5)
log.debug("extra", extra={'tag': 'T'})
buffer = io.StringIO()
mem = logging.StreamHandler(buffer)
mem.terminator = ';'
log.addHandler(mem)
log.warning("both")
log.removeHandler(out)
log.error("only the buffer")
print(repr(buffer.getvalue()))
old = mem.setStream(sys.stdout)
print(old is buffer, mem.stream is sys.stdout)
log.critical("to stdout through mem")
print()
fmt = logging.Formatter('%(asctime)s %(message)s')
print(fmt.usesTime(), logging.Formatter('%(message)s').usesTime())
record = logging.makeLogRecord({'msg': 'made %s', 'args': ('by hand',), 'levelname': 'INFO', 'name': 'x'})
print(logging.Formatter('%(name)s/%(levelname)s/%(message)s').format(record))
print(logging.Formatter().format(record), record.message)
print(repr(mem), mem.name, mem.level)
