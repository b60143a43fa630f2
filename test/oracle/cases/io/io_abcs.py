# io.py's ABCs over _io's bases: their MROs, ABCMeta, the _io types registered with them, a subclass.
import io
print(io.IOBase.__mro__)
print(io.TextIOBase.__mro__)
print(type(io.IOBase), io.IOBase.__module__, io.TextIOBase.__qualname__)
for o in (io.StringIO(), io.BytesIO()):
    print(type(o).__name__, [isinstance(o, c) for c in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)])
print(issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedWriter, io.BufferedIOBase))
class Mine(io.TextIOBase):
    pass
print(isinstance(Mine(), io.IOBase), Mine.__mro__)
print(io.UnsupportedOperation.__mro__)
