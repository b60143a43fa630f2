// The pickle module's exceptions, as multiprocessing raises them (the C accelerator's classes:
// `_pickle.PicklingError`). Pickling itself happens natively when objects cross between processes
// (processes/pickle-tree.ts); pickle.dumps/loads are not modelled (their bytes would be made up).

export const PICKLE_SOURCE = `
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    __module__ = '_pickle'


class PicklingError(PickleError):
    __module__ = '_pickle'


class UnpicklingError(PickleError):
    __module__ = '_pickle'


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    _lens_not_modelled('pickle.dumps')


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    _lens_not_modelled('pickle.loads')
`;
