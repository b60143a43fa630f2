# An exception object is referenced by the name bound with 'as' and by the handler state.
import sys

class MyError(Exception):
    pass

err = MyError('kept')
print("created:", sys.getrefcount(err))
try:
    raise err
except MyError as e:
    print("inside the handler:", sys.getrefcount(err), e is err)
print("after the handler:", sys.getrefcount(err))
errors = []
for i in range(3):
    try:
        raise MyError(i)
    except MyError as e:
        errors.append(e)
print("collected:", [str(x) for x in errors], sys.getrefcount(errors[0]))
