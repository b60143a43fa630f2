# Logger.warn and logging.warn warn (DeprecationWarning, stacklevel=2: shown for the program's line), and
# logging.captureWarnings routes warnings.showwarning to the 'py.warnings' logger (its message is
# warnings.formatwarning's text, on stderr through the root's handler) until it is turned off again.
import logging
import warnings

log = logging.getLogger('w')
log.warn("old api %s", 1)
logging.warn("module-level old api")


def f():
    log.warn("from f")


f()
logging.captureWarnings(True)
warnings.warn("captured")
warnings.warn("captured dep", DeprecationWarning)
print(logging.getLogger('py.warnings').handlers)
logging.captureWarnings(False)
warnings.warn("not captured")
