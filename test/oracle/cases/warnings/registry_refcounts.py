# __warningregistry__ as _warnings.c fills it (a version, then (text, category, line) keys) and clears it when the filters change; a Warning instance held by the record of catch_warnings: its reference count.
import sys
import warnings
warnings.warn("first")
print(__warningregistry__)
warnings.simplefilter("default")
warnings.warn("first")
print(__warningregistry__)
w = UserWarning("shared")
print(sys.getrefcount(w))
with warnings.catch_warnings(record=True) as log:
    warnings.warn(w)
    print(sys.getrefcount(w), log[0].message is w)
del log
print(sys.getrefcount(w))

