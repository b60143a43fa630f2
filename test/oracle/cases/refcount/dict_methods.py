# get() borrows, setdefault() and update() store, pop() hands back the reference.
import sys

v = ['value']
d = {}
print("start:", sys.getrefcount(v))
got = d.get('k', v)
print("get() default bound to a name:", sys.getrefcount(v))
del got
d.setdefault('k', v)
print("setdefault:", sys.getrefcount(v))
d.update({'j': v, 'i': v})
print("update with 2:", sys.getrefcount(v))
out = d.pop('j')
print("pop into a name:", sys.getrefcount(v))
items = list(d.items())
print("list(d.items()):", sys.getrefcount(v), len(items))
