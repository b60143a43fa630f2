# No handler anywhere: a record at WARNING or above goes to logging.lastResort, which writes only the message
# to sys.stderr; below WARNING nothing is printed. A named logger without handlers uses it too; once the root
# has a handler, lastResort is not used.
import logging
import sys

logging.getLogger().setLevel(logging.DEBUG)
logging.getLogger().debug("not shown: lastResort's level is WARNING")
log = logging.getLogger('app')
log.info("not shown either")
log.warning("disk %d%% full", 93)
log.error("an error, message only")
print(logging.lastResort.level, type(logging.lastResort).__name__, logging.lastResort.stream is sys.stderr)
print(logging.getLogger().handlers, log.handlers)
handler = logging.StreamHandler(sys.stdout)
logging.getLogger().addHandler(handler)
log.warning("now through the root's handler, on stdout")
print(len(logging.getLogger().handlers))
