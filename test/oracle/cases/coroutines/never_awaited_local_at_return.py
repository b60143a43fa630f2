# A never-awaited coroutine held only by a local dies when its function returns (or raises) and clears
# its locals: the RuntimeWarning names the caller's line (the returning frame is already popped).
async def job(name):
    return name

def make():
    c = job("local")
    print("made")
    return 1

def fails():
    c = job("raised")
    raise KeyError("k")

async def outer():
    c = job("in coroutine")
    print("outer body")

make()
try:
    fails()
except KeyError:
    print("caught")
o = outer()
try:
    o.send(None)
except StopIteration:
    print("outer done")
print("end")
