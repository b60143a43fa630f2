# hashlib's errors: text must be encoded, only buffers are hashed, unknown algorithms.
import hashlib

def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("str", lambda: hashlib.sha256("text"))
attempt("update str", lambda: hashlib.md5().update("text"))
attempt("int", lambda: hashlib.sha1(123))
attempt("None", lambda: hashlib.sha256().update(None))
attempt("no argument", lambda: hashlib.sha256().update())
attempt("two arguments", lambda: hashlib.sha256(b"a", b"b"))
attempt("unknown", lambda: hashlib.new("sha999"))
attempt("name not str", lambda: hashlib.new(b"md5"))
attempt("no name", lambda: hashlib.new())
attempt("keyword", lambda: hashlib.sha256(data=b"a"))
attempt("digest argument", lambda: hashlib.md5().digest(1))
print(hashlib.md5(b"a", usedforsecurity=False).hexdigest())
