// The part of ctypes CPython makes as a Python class: ArgumentError (_ctypes' exception, module 'ctypes').
export const CTYPES_SOURCE = `
class ArgumentError(Exception):
    pass
`;
