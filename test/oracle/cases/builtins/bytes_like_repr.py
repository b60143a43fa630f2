# Checks the repr of bytes and bytearray subclasses (a bytearray subclass is named by its class, a
# bytes subclass is not) and that bytearray and mappingproxy have a __repr__ slot wrapper of their own.
import types


class Packet(bytearray):
    pass


class Frame(bytes):
    pass


class Quiet(bytearray):
    def __repr__(self):
        return "Quiet(...)"


print(repr(Packet(b"\x01ab")), str(Packet(b"z")), [Frame(b"hdr")], repr(Quiet(b"x")))
print(bytearray.__repr__(Quiet(b"x")), bytearray.__repr__, Packet.__repr__ is bytearray.__repr__)
print(types.MappingProxyType.__repr__, repr(types.MappingProxyType({"a": 1})))
print([name for name in ("bytearray", "mappingproxy") if "__repr__" in vars(bytearray if name == "bytearray" else types.MappingProxyType)])
