// The linecache module, run by the simulator when `linecache` is first imported: CPython's Lib/linecache.py
// (getline, getlines, clearcache, checkcache, updatecache, lazycache and the `cache` dict), for the files
// the simulator has: the program's own source, the files it wrote in its working directory, none for a
// string's pseudo-file ('<string>'). What reads them is modules/linecache.ts (_lens_source_lines); another
// file of the real machine (an absolute path) is not modelled. A trace function's "tiny debugger" reads
// the line it is told of with getline(frame.f_code.co_filename, frame.f_lineno).

export const LINECACHE_SOURCE = `
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]


# The cache. Maps filenames to either a thunk which will provide source code,
# or a tuple (size, mtime, lines, fullname) once loaded.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""

    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""

    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]

    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""

    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return

    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            # lazy cache entry, leave it lazy.
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue   # no-op for files loaded via a __loader__
        if _lens_source_size(fullname) != size:
            cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""

    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    lines = _lens_source_lines(filename)
    if lines is None:
        return []
    if lines and not lines[-1].endswith('\\n'):
        lines[-1] += '\\n'
    size = _lens_source_size(filename)
    cache[filename] = size, 0.0, lines, filename
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals."""
    if filename in cache:
        if len(cache[filename]) == 1:
            return True
        else:
            return False
    return False
`;
