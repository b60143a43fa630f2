# gc.get_referents(generator) (gen_traverse): 3.11's gi_code, the generator's __name__ and __qualname__
# strings, then its frame's function, code and locals while it has a frame; a finished generator keeps
# only its names (3.11 its code too).
import gc


def gen():
    x = [1]
    yield x


def outer():
    def inner():
        yield 1

    return inner()


g = gen()
print("created:", [type(o).__name__ for o in gc.get_referents(g)])
next(g)
print("suspended:", [type(o).__name__ for o in gc.get_referents(g)])
print("names:", [o for o in gc.get_referents(g) if type(o) is str])
for _ in g:
    pass
print("finished:", [type(o).__name__ for o in gc.get_referents(g)])
print("nested names:", [o for o in gc.get_referents(outer()) if type(o) is str])
