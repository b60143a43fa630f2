# KeyError from a weak dictionary: CPython's traceback shows the line of Lib/weakref.py it came from
# (the library reference's WeakValueDictionary example, after the value was collected).
import weakref, gc


class A:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return str(self.value)


a = A(10)
d = weakref.WeakValueDictionary()
d['primary'] = a
print(d['primary'])
for attempt in (lambda: d['other'], lambda: d.__delitem__('other'), lambda: weakref.WeakKeyDictionary()[a],
                lambda: weakref.WeakKeyDictionary().__delitem__(a)):
    try:
        attempt()
    except KeyError as e:
        print('KeyError', e if isinstance(e.args[0], str) else type(e.args[0]).__name__)
del a
gc.collect()
d['primary']
