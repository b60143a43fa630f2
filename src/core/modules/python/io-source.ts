// io.py's classes over _io: UnsupportedOperation (a heap class of OSError and ValueError; io.py sets its
// __module__ to 'io'), and the ABCs IOBase, RawIOBase, BufferedIOBase and TextIOBase, each over its _io
// base, with the concrete _io types registered as io.py registers them (isinstance(StringIO(), TextIOBase)).
// The _io bases come in as _lens_* names (modules/io/io-module.ts), gone once the module ran.
export const IO_SOURCE = `
import abc


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase(_lens_IOBase, metaclass=abc.ABCMeta):
    __doc__ = _lens_IOBase.__doc__


class RawIOBase(_lens_RawIOBase, IOBase):
    __doc__ = _lens_RawIOBase.__doc__


class BufferedIOBase(_lens_BufferedIOBase, IOBase):
    __doc__ = _lens_BufferedIOBase.__doc__


class TextIOBase(_lens_TextIOBase, IOBase):
    __doc__ = _lens_TextIOBase.__doc__


RawIOBase.register(FileIO)

for klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(klass)

for klass in (StringIO, TextIOWrapper):
    TextIOBase.register(klass)
del klass, _lens_IOBase, _lens_RawIOBase, _lens_BufferedIOBase, _lens_TextIOBase
`;
