# BaseException.add_note (3.11+): notes are appended to __notes__ and printed after the exception's
# message in the traceback (the tutorial's "Enriching Exceptions with Notes").
import sys
try:
    raise TypeError('bad type')
except Exception as e:
    e.add_note('Add some information')
    e.add_note('Add some more information')
    print(e.__notes__, sys.getrefcount(e.__notes__))
    notes = e.__notes__
    print(e.add_note('third'), notes is e.__notes__, len(notes))
e = ValueError('x')
print(hasattr(e, '__notes__'))
for bad in (42, None):
    try:
        e.add_note(bad)
    except TypeError as err:
        print(err)
e.__notes__ = ('a', 'b')
try:
    e.add_note('c')
except TypeError as err:
    print(err)
try:
    e.add_note()
except TypeError as err:
    print(err)


def f():
    raise OSError('operation failed')


excs = []
for i in range(3):
    try:
        f()
    except Exception as err:
        err.add_note(f'Happened in Iteration {i+1}')
        excs.append(err)
print([str(x) for x in excs], [x.__notes__ for x in excs])
try:
    raise KeyError('k')
except KeyError as err:
    err.add_note('line one\nline two')
    raise
