from ..plain import NAME
VALUE = NAME.upper()
