import sys

class Pause:
    def __init__(self, label): self.label = label
    def __await__(self):
        got = yield self.label
        return got

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        v = await Pause(f"{self.name}-enter")
        return f"{self.name}-value:{v}"
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        await Pause(f"{self.name}-exit")
        return self.suppress

async def body(kind):
    async with Manager("a") as a, Manager("b", suppress=True) as b:
        print("inside", a, b)
        if kind == "raise":
            raise ValueError("oops")
        if kind == "return":
            return "early"
    print("after", kind)
    return "normal"

def drive(coro):
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            return e.value
        print("yielded", y)
        value = y.upper()

for kind in ["plain", "raise", "return"]:
    print("->", drive(body(kind)))

async def fails():
    async with Manager("c"):
        raise KeyError("k")

try:
    drive(fails())
except KeyError as e:
    print("KeyError escaped", e)

async def bad(cm):
    async with cm:
        pass

class OnlyEnter:
    async def __aenter__(self): return 1

class SyncAenter:
    def __aenter__(self): return 1
    def __aexit__(self, *a): return 2

for cm in [object(), OnlyEnter(), SyncAenter()]:
    try:
        drive(bad(cm))
    except TypeError as e:
        print(e)

async def loop_break():
    for i in range(3):
        async with Manager(f"L{i}"):
            if i == 1:
                break
            continue
    return i

print(drive(loop_break()))
