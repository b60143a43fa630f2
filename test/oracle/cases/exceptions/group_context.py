# A group raised while handling another exception: the context is printed first, without a box.
def nested():
    raise ExceptionGroup('deep', [ExceptionGroup('deeper', [ValueError('bottom')])])


try:
    1 / 0
except ZeroDivisionError:
    nested()
