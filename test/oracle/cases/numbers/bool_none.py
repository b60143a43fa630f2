print(True + True, True * 10, False - 1, sum([True, False, True]))
print(True and False, True or False, not None, None is None)
print(str(True), repr(False), int(True), bool(0), bool(-1))
print(None == False, None == 0, type(None).__name__)
def nothing():
    pass
print(nothing(), nothing() is None)
print(1 == 1.0 == True, True == 1, isinstance(True, int))
