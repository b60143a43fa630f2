# zlib.error carries zlib's own code and message; other misuse raises TypeError or ValueError.
import zlib

def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, repr(e))

attempt("bad header", lambda: zlib.decompress(b"abc"))
attempt("truncated", lambda: zlib.decompress(zlib.compress(b"hello world")[:-3]))
attempt("empty", lambda: zlib.decompress(b""))
attempt("bad block", lambda: zlib.decompress(b"x\x9c\x07\x02"))
attempt("str", lambda: zlib.compress("text"))
attempt("level", lambda: zlib.compress(b"a", 10))
attempt("compressobj level", lambda: zlib.compressobj(12))
c = zlib.compressobj()
c.compress(b"data")
c.flush()
attempt("after flush", lambda: c.compress(b"more"))
print(zlib.error.__mro__, issubclass(zlib.error, Exception))
try:
    zlib.decompress(b"not zlib")
except zlib.error as e:
    print("caught", e.args)
