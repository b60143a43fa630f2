# What a program first sees in sys.modules: the modules CPython loaded before its first line (the import
# machinery, the encodings, io, os, site), in the order it loaded them, and how each was found (its repr:
# built in, frozen, or a file of the standard library).
import sys
stdlib = sys.path[2]  # the standard library's folder, shown as <stdlib>
print(len(sys.modules))
for name, module in sys.modules.items():
    if name != "__main__":
        print(name, repr(module).replace(stdlib, "<stdlib>"))
