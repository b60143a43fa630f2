# ExceptionGroup and BaseExceptionGroup (PEP 654): the constructor's checks, message and exceptions,
# str and repr, which class BaseExceptionGroup(...) gives, and catching a group with plain except.
excs = [OSError('error 1'), SystemError('error 2')]
eg = ExceptionGroup('there were problems', excs)
print(str(eg), '|', repr(eg))
print(eg.message, eg.exceptions, eg.args[1] is excs, type(eg.exceptions).__name__)
print(ExceptionGroup.__mro__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
one = ExceptionGroup('just one', (ValueError(1),))
print(one, one.exceptions[0].args)
print(type(BaseExceptionGroup('all Exceptions', [ValueError()])).__name__)
print(type(BaseExceptionGroup('with a BaseException', [KeyboardInterrupt()])).__name__)


class MyGroup(ExceptionGroup):
    pass


g = MyGroup('mine', [TypeError('t')])
print(type(g).__name__, g, g.exceptions)
for make in (
    lambda: ExceptionGroup('nested base', [KeyboardInterrupt()]),
    lambda: MyGroup('nested base', [SystemExit(1)]),
    lambda: ExceptionGroup('empty', []),
    lambda: ExceptionGroup('not a sequence', {ValueError()}),
    lambda: ExceptionGroup('not exceptions', [ValueError(), 42]),
    lambda: ExceptionGroup(42, [ValueError()]),
    lambda: ExceptionGroup('one argument'),
    lambda: ExceptionGroup('keywords', [ValueError()], note=1),
):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    raise ExceptionGroup('caught', [ValueError('v')])
except Exception as e:
    print(f'caught {type(e).__name__}: {e}')
