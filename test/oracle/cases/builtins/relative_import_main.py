# A relative import in the program itself (run as __main__, with no parent package) is an ImportError
# (the tutorial's "Intra-package References" examples, run as a script).
try:
    from . import echo
except ImportError as e:
    print(type(e).__name__, e)
try:
    from ..filters import equalizer
except ImportError as e:
    print(type(e).__name__, e)
from .. import formats
