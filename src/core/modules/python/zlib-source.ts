// The part of the zlib module CPython makes at import with PyErr_NewException: its exception class.
export const ZLIB_SOURCE = `
class error(Exception):
    pass
`;
