# warnings.warn through the filters and each module's __warningregistry__: a DeprecationWarning from a library function shown once (stacklevel=2 points at the caller in __main__), catch_warnings(record=True) with simplefilter('always'), a Warning instance as the message, the 'error' and 'ignore' actions, resetwarnings, a category that is not a Warning subclass.
import warnings

def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x * 2

for i in range(3):
    print(old_api(i))
warnings.warn("plain user warning")
warnings.warn("again")
warnings.warn("again")
print(sorted(k for k in globals() if k.startswith('__w')))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    old_api(2)
    warnings.warn(RuntimeWarning("as instance"))
print(len(caught), [w.category.__name__ for w in caught], str(caught[0].message), caught[-1].lineno)
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised:", e, type(e).__name__)
warnings.resetwarnings()
warnings.warn("after reset")
warnings.simplefilter("ignore")
warnings.warn("ignored")
print(warnings.filters)
try:
    warnings.warn("x", "notaclass")
except TypeError as e:
    print(e)
