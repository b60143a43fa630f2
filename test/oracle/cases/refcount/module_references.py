# Who holds a module: sys.modules, each name an import binds, the running script (__main__), and, for a
# module written in C, each of its functions (their __self__ is the module: gc's 18 functions). The
# interpreter and sys hold sys.modules itself (3.11: also the copy of sys's dict made at startup).
import sys
import gc
import json

print(sys.getrefcount(json))
import json as js
print(sys.getrefcount(json), js is json)
del js
print(sys.getrefcount(json))
print(gc.collect.__self__ is gc, gc.isenabled.__self__ is gc, len([f for f in vars(gc).values() if getattr(f, '__self__', None) is gc]))
print(sys.getrefcount(gc))
import gc as collector
print(sys.getrefcount(gc))
del collector
print(sys.getrefcount(sys.modules['__main__']))
import __main__
print(sys.getrefcount(__main__), __main__ is sys.modules['__main__'])
print(sys.getrefcount(sys.modules))
old = sys.modules['json']
del sys.modules['json']
print(sys.getrefcount(old))
import json as fresh
print(fresh is old, sys.getrefcount(fresh), sys.getrefcount(old))
