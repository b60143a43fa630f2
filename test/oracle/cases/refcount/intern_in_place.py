# sys.intern(s) of an exact str whose text is not interned yet makes s itself the interned string
# (its refcount: the interned table's references are not counted; 3.12 makes it immortal); a later
# equal string gets that object back; anything but an exact str is refused.
import sys

built = "dyn" + str(42)
interned = sys.intern(built)
print("same object:", interned is built)
rc = sys.getrefcount(built)
print("refcount:", rc if rc < 1000 else "immortal")
again = sys.intern("".join(["dyn", "42"]))
print("equal text gets it back:", again is built)
other = "".join(["hel", "lo there"])
print("not interned meanwhile:", sys.intern("hello there") is other)


class Text(str):
    pass


for bad in (5, None, Text("abc")):
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError:", e)
