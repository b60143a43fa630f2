// os.path (posixpath), run by the simulator when `os` is first imported, as CPython's os module imports it:
// Lib/posixpath.py's string functions for str paths (join, split, basename, dirname, splitext, normpath's
// simple cases are left out), and exists/isfile/isdir/getsize answered by the simulated process's in-memory
// working directory (runtime/virtual-files.ts): a file exists once the program wrote it. Bytes paths,
// absolute paths (the real machine's files) and the rest of posixpath stop as "not modelled".

export const POSIXPATH_SOURCE = `
from _lens_posixpath import _stat_kind, _file_size

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
devnull = '/dev/null'


def __getattr__(name):
    from _lens_contextlib import not_modelled
    not_modelled('os.path.' + name)


def _check_str(funcname, *args):
    for s in args:
        if not isinstance(s, str):
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike object, '
                            f'not {s.__class__.__name__!r}') from None


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    _check_str('join', a, *p)
    path = a
    for b in p:
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """Split a pathname into (head, tail): tail is everything after the final slash."""
    _check_str('split', p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), ext may be empty."""
    _check_str('splitext', p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    """Returns the final component of a pathname."""
    _check_str('basename', p)
    i = p.rfind(sep) + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname."""
    _check_str('dirname', p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    # os.fspath(s): a str path as it is.
    if isinstance(s, str):
        return s
    if isinstance(s, bytes):
        from _lens_contextlib import not_modelled
        not_modelled('os.path.normcase of bytes')
    raise TypeError(f'expected str, bytes or os.PathLike object, not {s.__class__.__name__}')


def isabs(s):
    """Test whether a path is absolute."""
    _check_str('isabs', s)
    return s.startswith(sep)


def exists(path):
    """Test whether a path exists."""
    return _stat_kind(path) is not None


def isfile(path):
    """Test whether a path is a regular file."""
    return _stat_kind(path) == 'file'


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    return _stat_kind(s) == 'directory'


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _file_size(filename)
`;
