# logging.basicConfig with a level and a format: the caller's name, function, line, file and module in each record
# (findCaller walks sys._getframe's frames past logging's own; %(pathname)s is left out: CPython makes the
# script's path absolute), levels below the root's dropped, the root handler
# and its formatter as basicConfig made them, and a second basicConfig that changes nothing.
import logging
import sys

logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format='%(levelname)s|%(name)s|%(funcName)s:%(lineno)d|%(filename)s|%(module)s|%(message)s')
log = logging.getLogger(__name__)


def area(w, h):
    log.debug("not shown: %s", (w, h))
    log.info("area of %d x %d", w, h)
    return w * h


print(area(3, 4))
logging.info("at module level")
logging.warning("a warning from %s", "root")
log.error("an error")
log.critical("critical!")
logging.log(logging.INFO, "via log()")
logging.basicConfig(level=logging.DEBUG, format='IGNORED %(message)s')
log.debug("still not shown: basicConfig ran once")
root = logging.getLogger()
print(root.level == logging.INFO, len(root.handlers), type(root.handlers[0]).__name__)
print(root.handlers[0].formatter._fmt.count('%('), root.handlers[0].stream is sys.stdout)
logging.basicConfig(level=logging.DEBUG, format='forced %(levelname)s %(message)s', stream=sys.stdout, force=True)
log.debug("shown after force=True")
