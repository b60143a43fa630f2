def step(n):
    print("step", n)
    if n == 2:
        raise LookupError('step 2 failed')

try:
    for n in range(4):
        try:
            step(n)
        except ValueError:
            print("never")
        finally:
            print("cleanup", n)
except LookupError as e:
    print("outer:", e)
else:
    print("no error")
finally:
    print("done")
