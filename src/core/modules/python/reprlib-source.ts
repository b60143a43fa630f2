// The reprlib module, run by the simulator when `reprlib` is first imported: Lib/reprlib.py with its statements
// (3.12's keyword arguments and indent, 3.11's Repr() without them), so that its abbreviated reprs, the calls it
// makes and the lines its tracebacks show are CPython's (marked `# traceback: key`, their numbers in
// modules/reprlib-py-lines.ts).

export const REPRLIB_SOURCE = String.raw`"""Redo the builtin repr() (representation) but with limits on most sizes."""

# CPython Lens's version of Lib/reprlib.py, with its statements: 3.12 gave Repr keyword arguments and
# indent (3.11's Repr() takes none, and joins pieces with ', ' itself), 3.13 sets __wrapped__ in
# recursive_repr.

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice
from _thread import get_ident
import sys as _lens_sys

_LENS_KEYWORDS = _lens_sys.version_info >= (3, 12)
_LENS_WRAPPED = _lens_sys.version_info >= (3, 13)
del _lens_sys

def recursive_repr(fillvalue='...'):
    'Decorator to make a repr function return fillvalue for a recursive call'

    def decorating_function(user_function):
        repr_running = set()

        def wrapper(self):
            key = id(self), get_ident()
            if key in repr_running:
                return fillvalue
            repr_running.add(key)
            try:
                # traceback: reprlib.recursive_repr.wrapper
                result = user_function(self)
            finally:
                repr_running.discard(key)
            return result

        # Not functools.wraps(): reprlib is imported before functools can be.
        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        if _LENS_KEYWORDS:
            wrapper.__type_params__ = getattr(user_function, '__type_params__', ())
        if _LENS_WRAPPED:
            wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function

class Repr:

    if _LENS_KEYWORDS:
        def __init__(
            self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4,
            maxset=6, maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40,
            maxother=30, fillvalue='...', indent=None,
        ):
            self.maxlevel = maxlevel
            self.maxtuple = maxtuple
            self.maxlist = maxlist
            self.maxarray = maxarray
            self.maxdict = maxdict
            self.maxset = maxset
            self.maxfrozenset = maxfrozenset
            self.maxdeque = maxdeque
            self.maxstring = maxstring
            self.maxlong = maxlong
            self.maxother = maxother
            self.fillvalue = fillvalue
            self.indent = indent
    else:
        def __init__(self):
            self.fillvalue = '...'
            self.maxlevel = 6
            self.maxtuple = 6
            self.maxlist = 6
            self.maxarray = 5
            self.maxdict = 4
            self.maxset = 6
            self.maxfrozenset = 6
            self.maxdeque = 6
            self.maxstring = 30
            self.maxlong = 40
            self.maxother = 30

    def repr(self, x):
        # traceback: reprlib.Repr.repr
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = type(x).__name__
        if ' ' in typename:
            parts = typename.split()
            typename = '_'.join(parts)
        if hasattr(self, 'repr_' + typename):
            # traceback: reprlib.Repr.repr1.typed
            return getattr(self, 'repr_' + typename)(x, level)
        else:
            # traceback: reprlib.Repr.repr1.instance
            return self.repr_instance(x, level)

    if _LENS_KEYWORDS:
        def _join(self, pieces, level):
            if self.indent is None:
                return ', '.join(pieces)
            if not pieces:
                return ''
            indent = self.indent
            if isinstance(indent, int):
                if indent < 0:
                    # traceback: reprlib.Repr._join.negative
                    raise ValueError(
                        f'Repr.indent cannot be negative int (was {indent!r})'
                    )
                indent *= ' '
            try:
                sep = ',\n' + (self.maxlevel - level + 1) * indent
            except TypeError as error:
                # traceback: reprlib.Repr._join.type
                raise TypeError(
                    f'Repr.indent must be a str, int or None, not {type(indent)}'
                ) from error
            return sep.join(('', *pieces, ''))[1:-len(indent) or None]

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            s = self.fillvalue
        else:
            newlevel = level - 1
            repr1 = self.repr1
            # traceback: reprlib.Repr._repr_iterable.pieces
            pieces = [repr1(elem, newlevel) for elem in islice(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            if _LENS_KEYWORDS:
                # traceback: reprlib.Repr._repr_iterable.join
                s = self._join(pieces, level)
                if n == 1 and trail and self.indent is None:
                    right = trail + right
            else:
                s = ', '.join(pieces)
                if n == 1 and trail:
                    right = trail + right
        return '%s%s%s' % (left, s, right)

    def repr_tuple(self, x, level):
        # traceback: reprlib.Repr.repr_tuple
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        # traceback: reprlib.Repr.repr_list
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        header = "array('%s', [" % x.typecode
        # traceback: reprlib.Repr.repr_array
        return self._repr_iterable(x, level, header, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        x = _possibly_sorted(x)
        # traceback: reprlib.Repr.repr_set
        return self._repr_iterable(x, level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        x = _possibly_sorted(x)
        # traceback: reprlib.Repr.repr_frozenset
        return self._repr_iterable(x, level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        # traceback: reprlib.Repr.repr_deque
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        newlevel = level - 1
        repr1 = self.repr1
        pieces = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            # traceback: reprlib.Repr.repr_dict.key
            keyrepr = repr1(key, newlevel)
            # traceback: reprlib.Repr.repr_dict.value
            valrepr = repr1(x[key], newlevel)
            pieces.append('%s: %s' % (keyrepr, valrepr))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        if _LENS_KEYWORDS:
            # traceback: reprlib.Repr.repr_dict.join
            s = self._join(pieces, level)
        else:
            s = ', '.join(pieces)
        return '{%s}' % (s,)

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            i = max(0, (self.maxstring-3)//2)
            j = max(0, self.maxstring-3-i)
            s = builtins.repr(x[:i] + x[len(x)-j:])
            s = s[:i] + self.fillvalue + s[len(s)-j:]
        return s

    def repr_int(self, x, level):
        # traceback: reprlib.Repr.repr_int
        s = builtins.repr(x) # XXX Hope this isn't too slow...
        if len(s) > self.maxlong:
            i = max(0, (self.maxlong-3)//2)
            j = max(0, self.maxlong-3-i)
            s = s[:i] + self.fillvalue + s[len(s)-j:]
        return s

    def repr_instance(self, x, level):
        try:
            # traceback: reprlib.Repr.repr_instance
            s = builtins.repr(x)
            # A __repr__ that fails with an Exception gets a made-up repr.
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(s) > self.maxother:
            i = max(0, (self.maxother-3)//2)
            j = max(0, self.maxother-3-i)
            s = s[:i] + self.fillvalue + s[len(s)-j:]
        return s


def _possibly_sorted(x):
    # Items that do not sort (or whose comparisons raise) are returned unsorted.
    try:
        return sorted(x)
    except Exception:
        return list(x)

aRepr = Repr()
repr = aRepr.repr
`;
