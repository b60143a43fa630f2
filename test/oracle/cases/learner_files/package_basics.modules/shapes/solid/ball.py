from ..util import area
from .. import circle
print("ball:", __name__, __package__, circle.__name__, area(2))
