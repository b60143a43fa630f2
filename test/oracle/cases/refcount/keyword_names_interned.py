# The keys of **kwargs and of dict(a=1) are the caller's keyword names: identifiers the parser
# interned, the same objects as the identifier literals of the program (and as sys.intern gives).
import sys, functools, collections
name = "spam_eggs"
def f(**kw):
    return list(kw)[0]
print(f(spam_eggs=1) is name, f(**{"spam_eggs": 1}) is name)
print(list(dict(spam_eggs=1))[0] is name)
d = {}
d.update(spam_eggs=2)
print(list(d)[0] is name)
print(list(functools.partial(print, spam_eggs=1).keywords)[0] is name)
print(list(collections.OrderedDict(spam_eggs=1))[0] is name)
class C:
    def __init__(self, **kw):
        self.kw = kw
print(list(C(spam_eggs=1).kw)[0] is name)
built = "_".join(["spam", "eggs"])
print(built is name, sys.intern(built) is name)
