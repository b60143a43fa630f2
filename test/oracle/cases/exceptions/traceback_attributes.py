# An exception's __traceback__, __context__, __cause__ and __suppress_context__ can be set (and
# are checked); setting __cause__ suppresses the context.
def fail():
    raise ValueError('inner')


try:
    fail()
except ValueError as e:
    saved = e.__traceback__
    print(saved.tb_frame.f_code.co_name, saved.tb_next.tb_frame.f_code.co_name)
    e.__traceback__ = saved.tb_next
    print(e.__traceback__.tb_frame.f_code.co_name)
    e.__traceback__ = None
    print(e.__traceback__)
    err = e

other = KeyError('k')
other.__context__ = err
print(repr(other.__context__), other.__suppress_context__)
other.__cause__ = None
print(other.__cause__, other.__suppress_context__)
other.__suppress_context__ = False
print(other.__suppress_context__)
for name, value in [('__traceback__', 1), ('__context__', 'x'), ('__cause__', 3), ('__suppress_context__', 1)]:
    try:
        setattr(other, name, value)
    except TypeError as t:
        print(name, 'TypeError:', t)
for name in ('__traceback__', '__context__', '__cause__'):
    try:
        delattr(other, name)
    except TypeError as t:
        print('del', name, 'TypeError:', t)
err.__traceback__ = saved
raise err
