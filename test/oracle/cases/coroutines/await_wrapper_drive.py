# Driving a coroutine by hand through the iterator its __await__ returns: next/send pass the values
# its awaits yield, StopIteration carries its return value, throw and close reach its frame.
class pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got

async def adder():
    total = 0
    while True:
        try:
            got = await pause('ready')
        except ValueError as e:
            print('coroutine caught', repr(e))
            continue
        if got is None:
            return total
        total += got

w = adder().__await__()
print(next(w))
print(w.send(3))
print(w.send(4))
print(w.throw(ValueError('bad')))
try:
    w.send(None)
except StopIteration as e:
    print('stop', e.value, e.args)

async def none_result():
    await pause('once')

w = none_result().__await__()
print(w.__next__())
try:
    w.__next__()
except StopIteration as e:
    print('stop', e.value, e.args)

async def guarded():
    try:
        await pause('waiting')
    finally:
        print('finally ran')

w = guarded().__await__()
print(w.send(None))
print(w.close())
print(w.close())

# The wrapper is an iterator: a for loop and `yield from` drive it (the return value ends `yield from`).
async def three():
    await pause(1)
    await pause(2)
    return 'done'

print(list(three().__await__()))

def outer():
    result = yield from three().__await__()
    print('yield from gave', result)

print(list(outer()))

# close() gives back what the coroutine returned on GeneratorExit (3.13+; None before).
async def returns_on_close():
    try:
        await pause('x')
    except GeneratorExit:
        return 'closed value'

w = returns_on_close().__await__()
print(next(w))
print(w.close())
