# types.coroutine: a generator function marked CO_ITERABLE_COROUTINE (a new code object, the old one released) is awaitable and may 'yield from' a coroutine; a plain generator is not awaitable; asyncio tasks suspended by a bare yield; the generators' gi_code, gi_suspended and gi_yieldfrom.
import sys
import types

@types.coroutine
def suspend():
    value = yield "paused"
    return value * 2

async def main():
    r = await suspend()
    return r + 1

c = main()
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print("done", e.value)
print(suspend.__name__, type(suspend()).__name__, suspend.__code__.co_flags)
g = suspend()
print(g.gi_code.co_flags & 0x100 != 0, sys.getrefcount(suspend.__code__))

@types.coroutine
def wrapper():
    result = yield from main()
    return result

w = wrapper()
print(w.send(None))
try:
    w.send(5)
except StopIteration as e:
    print("wrapper done", e.value)

def plain():
    yield 1
async def bad():
    await plain()
try:
    bad().send(None)
except TypeError as e:
    print(e)

async def noop():
    return 3
print(types.coroutine(noop) is noop)
try:
    types.coroutine(42)
except TypeError as e:
    print(e)

import asyncio
@types.coroutine
def sleep0():
    yield

async def tick(n):
    for i in range(n):
        print("tick", i)
        await sleep0()
    return n

async def amain():
    return await asyncio.gather(tick(2), tick(3))
print(asyncio.run(amain()))

def counter():
    x = yield 1
    yield from [2, 3]
gen = counter()
print(gen.gi_suspended, gen.gi_yieldfrom, gen.gi_code.co_name)
next(gen)
print(gen.gi_suspended, gen.gi_yieldfrom)
gen.send(None)
print(gen.gi_suspended, type(gen.gi_yieldfrom).__name__)
list(gen)
print(gen.gi_suspended, gen.gi_code.co_name, gen.gi_frame)
