// The part of the io module CPython makes as a heap class (_io's UnsupportedOperation, with OSError and
// ValueError as bases; io.py sets its __module__ to 'io').
export const IO_SOURCE = `
class UnsupportedOperation(OSError, ValueError):
    pass
`;
