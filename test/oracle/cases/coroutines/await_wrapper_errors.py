# The errors a coroutine_wrapper raises, as the coroutine's own: a non-None value sent to a
# just-started coroutine, reuse after it finished, and argument checks of its methods.
async def f():
    return 1

def show(call):
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ':', e)

c = f()
w = c.__await__()
show(lambda: w.send(5))
show(lambda: c.__await__(1))
show(lambda: c.__await__(x=1))
show(lambda: w.__next__(1))
show(lambda: w.__iter__(x=1))
show(lambda: w.send())
show(lambda: w.send(x=1))
show(lambda: w.close(1))
show(lambda: w.throw())
show(lambda: w.throw(x=1))
show(lambda: w.throw(1))
show(lambda: w.send(None))
show(lambda: w.send(None))
show(lambda: next(w))
show(lambda: w.throw(KeyError('k')))
print(w.close())
show(lambda: next(w, 'default'))

async def boom():
    raise LookupError('inside')

show(lambda: boom().__await__().send(None))

# await of an object whose __await__ returns a coroutine (not its wrapper) is refused.
class Bad:
    def __await__(self):
        return f()

async def main():
    await Bad()

show(lambda: main().send(None))
