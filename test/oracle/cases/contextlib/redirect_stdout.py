# redirect_stdout swaps sys.stdout for the block: print() writes to the object's write method;
# the previous stream comes back afterwards, even after an exception. Re-entrant.
import sys
from contextlib import redirect_stdout, redirect_stderr


class Recorder:
    def __init__(self):
        self.chunks = []

    def write(self, text):
        self.chunks.append(text)
        return len(text)

    def flush(self):
        pass


rec = Recorder()
before = sys.stdout
with redirect_stdout(rec) as target:
    print('hello', 42)
    print('second line', end='!')
    print(sys.stdout is rec, file=sys.stderr)
print('back:', sys.stdout is before, target is rec)
print(rec.chunks)

err = Recorder()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print(err.chunks)

nested = redirect_stdout(rec)
with nested:
    with nested:
        print('nested')
    print('still redirected')
print(rec.chunks[-4:])

try:
    with redirect_stdout(Recorder()):
        raise ValueError('inside')
except ValueError:
    print('restored after an exception:', sys.stdout is before)
