from ..text import shout
VALUE = shout("deep")
