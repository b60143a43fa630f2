# The special methods async generators, their awaitables and generators have through type slots are
# slot wrappers (__aiter__, __anext__, __await__, __iter__, __next__), checked as slot wrappers check arguments.
async def ag():
    yield 1
a = ag()
print(type(a).__aiter__, type(a).__anext__, type(a).asend)
s = a.__anext__()
t = a.aclose()
print(type(s).__await__, type(s).__iter__, type(s).__next__, type(s).send)
print(type(t).__await__, type(t).__iter__, type(t).__next__)
for call in [lambda: s.__await__(1), lambda: s.__next__(1), lambda: a.__aiter__(1), lambda: a.__anext__(1), lambda: s.__iter__(x=1)]:
    try: call()
    except TypeError as e: print(e)
def gen(): yield 1
g = gen()
print(type(g).__next__, type(g).__iter__)
for call in [lambda: g.__next__(1), lambda: g.__iter__(x=1)]:
    try: call()
    except TypeError as e: print(e)
s.close(); t.close()
