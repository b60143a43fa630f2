# 'except ... as e' binds e inside the handler and deletes the name afterwards.
import sys

try:
    raise ValueError('bad value')
except ValueError as e:
    print("caught:", e)
    print("refcount of e in the handler:", sys.getrefcount(e))

try:
    print(e)
except NameError as err:
    print("after the block:", err)

print("'e' in globals:", 'e' in globals())
