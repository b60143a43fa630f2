// The re module, run by the simulator as CPython runs Lib/re/__init__.py, with Pattern and Match written
// in Python in the place of Modules/_sre's C types (same names, attributes, methods and reprs). Matching
// itself is the native _lens_sre (modules/re/sre-core.ts), which answers spans: every object a program
// sees (Pattern, Match, the strings of groups, the lists and tuples of findall and split) is made here,
// so its references are counted as any Python object's. Lib/re's module-level functions, its pattern
// cache (3.11: _cache; 3.12+: _cache2 in front of an LRU _cache) and the lru_cache of compiled
// replacement templates are CPython's, which is what makes `re.compile(p) is re.compile(p)` and the
// reference counts of patterns the same. Not modelled (stops the run): bytes patterns, re.DEBUG,
// re.LOCALE, re.template, re.Scanner, and the pattern features sre-core refuses.
export const RE_SOURCE = `
import _lens_sre
import functools

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

_VERSION = _lens_sre.VERSION
_MAXSIZE = 9223372036854775807


class _FlagType(type):
    # enum.EnumType's repr of a Flag class.
    def __repr__(cls):
        return "<flag %r>" % cls.__name__


class RegexFlag(int, metaclass=_FlagType):
    # enum.IntFlag with global_enum in CPython: its repr is re.NAME|re.NAME.
    __slots__ = ()

    def __repr__(self):
        # Members in definition order, then the unknown bits (enum's global_flag_repr).
        value = int(self)
        names = []
        for name, bit in _FLAG_MEMBERS:
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if not names:
            return 're.RegexFlag(%d)' % value if value else 're.NOFLAG'
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        # Flag.__invert__ with the KEEP boundary: the complement within _all_bits_ (511).
        value = ~int(self)
        if value < 0:
            value += 512
        return RegexFlag(value)


_FLAG_NAMES = (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
               ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256))
# RegexFlag's members in the order Lib/re/__init__.py defines them (its repr's order).
_FLAG_MEMBERS = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
                 ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))
if _VERSION >= 313:
    _FLAG_NAMES = _FLAG_NAMES[1:]
    _FLAG_MEMBERS = _FLAG_MEMBERS[:7] + _FLAG_MEMBERS[8:]

NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
if _VERSION < 313:
    T = TEMPLATE = RegexFlag(1)
# The members are also the class's attributes (re.RegexFlag.IGNORECASE).
for _name, _bit in _FLAG_NAMES + (('NOFLAG', 0),):
    setattr(RegexFlag, _name, RegexFlag(_bit))
    if len(_name) > 1 and _name[0] not in 'NT':
        setattr(RegexFlag, _name[0], RegexFlag(_bit))
del _name, _bit


class error(Exception):
    # re._constants.error (re.PatternError from 3.13, re.error its alias).
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\\n'
            else:
                newline = b'\\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


if _VERSION >= 313:
    error.__name__ = error.__qualname__ = 'PatternError'
    PatternError = error
    __all__.append('PatternError')

_object_new = object.__new__
_set = object.__setattr__


def _refuse_setattr(self, name, members, getsets):
    # A C type's members are read-only, its getters have no setter, and it has no __dict__.
    if name in members:
        raise AttributeError('readonly attribute')
    if name in getsets:
        raise AttributeError("attribute '%s' of '%s' objects is not writable" % (name, _tp_name(self)))
    if _VERSION >= 313:
        raise AttributeError("'%s' object has no attribute '%s' and no __dict__ for setting new attributes" % (_tp_name(self), name))
    raise AttributeError("'%s' object has no attribute '%s'" % (_tp_name(self), name))


def _tp_name(obj):
    return type(obj).__module__ + '.' + type(obj).__name__


def _final(cls):
    # No Py_TPFLAGS_BASETYPE: a class statement cannot derive from it.
    raise TypeError("type '%s.%s' is not an acceptable base type" % (cls.__mro__[1].__module__, cls.__mro__[1].__name__))
_mappingproxy = type(type.__dict__)
_GenericAlias = type(list[int])


def _index_of(match, group):
    # match_getindex: an int, or a name of the pattern's groupindex.
    if isinstance(group, int):
        if 0 <= group <= match.re.groups:
            return int(group)
    elif isinstance(group, str):
        index = match.re._groupindex.get(group)
        if index is not None:
            return index
    raise IndexError("no such group")


def _group(match, index, default=None):
    spans = match._spans
    start = spans[2 * index + 1]
    if start < 0:
        return default
    return match.string[start:spans[2 * index + 2]]


class Match:
    __slots__ = ('_spans', 'string', 're', 'pos', 'endpos', 'lastindex')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def __setattr__(self, name, value):
        _refuse_setattr(self, name, ('string', 're', 'pos', 'endpos', 'lastindex'), ('lastgroup', 'regs'))

    __delattr__ = __setattr__
    __init_subclass__ = classmethod(_final)

    def group(self, *args):
        if not args:
            return _group(self, 0)
        if len(args) == 1:
            return _group(self, _index_of(self, args[0]))
        return tuple([_group(self, _index_of(self, g)) for g in args])

    def __getitem__(self, group):
        return _group(self, _index_of(self, group))

    def groups(self, default=None):
        return tuple([_group(self, i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: _group(self, index, default) for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * _index_of(self, group) + 1]

    def end(self, group=0):
        return self._spans[2 * _index_of(self, group) + 2]

    def span(self, group=0):
        index = _index_of(self, group)
        return (self._spans[2 * index + 1], self._spans[2 * index + 2])

    def expand(self, template):
        return _expand_template(_parse_template(template, self.re), self)

    @property
    def regs(self):
        spans = self._spans
        return tuple([(spans[2 * i + 1], spans[2 * i + 2]) for i in range(self.re.groups + 1)])

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re._groupindex.items():
            if index == self.lastindex:
                return name
        return None

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%.50r>' % (self._spans[1], self._spans[2], _group(self, 0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(_GenericAlias)


def _new_match(pattern, string, pos, endpos, found):
    # pattern_new_match: the Match holds the string and the pattern.
    m = _object_new(Match)
    _set(m, '_spans', found)
    _set(m, 'string', string)
    _set(m, 're', pattern)
    _set(m, 'pos', pos)
    _set(m, 'endpos', endpos)
    _set(m, 'lastindex', None if found[0] < 0 else found[0])
    return m


def _bounds(string, pos, endpos):
    # state_init: pos and endpos clamped to the string.
    n = len(string) if isinstance(string, (str, bytes)) else 0
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


def _run(pattern, string, pos, endpos, mode, must_advance=False):
    return _lens_sre.run(pattern.pattern, pattern.flags, string, pos, endpos, mode, must_advance)


def _item_of(pattern, string, found):
    # findall's item: the whole match, the one group, or a tuple of the groups ('' when not matched).
    if pattern.groups == 0:
        return string[found[1]:found[2]]
    if pattern.groups == 1:
        return string[found[3]:found[4]] if found[3] >= 0 else string[0:0]
    return tuple([string[found[2 * i + 1]:found[2 * i + 2]] if found[2 * i + 1] >= 0 else string[0:0]
                  for i in range(1, pattern.groups + 1)])


class _SRE_Scanner:
    __slots__ = ('pattern', '_string', '_pos', '_endpos', '_must_advance')
    __module__ = '_sre'

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_sre.SRE_Scanner' instances")

    def _next(self, mode):
        if self._pos is None:
            return None
        found = _run(self.pattern, self._string, self._pos, self._endpos, mode, self._must_advance)
        if found is None:
            self._pos = None
            return None
        m = _new_match(self.pattern, self._string, self._pos, self._endpos, found)
        self._must_advance = found[1] == found[2]
        self._pos = found[2]
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(1)


class Pattern:
    __slots__ = ('pattern', 'flags', 'groups', '_groupindex', '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __setattr__(self, name, value):
        _refuse_setattr(self, name, ('pattern', 'flags', 'groups'), ('groupindex',))

    __delattr__ = __setattr__
    __init_subclass__ = classmethod(_final)

    @property
    def groupindex(self):
        return _mappingproxy(self._groupindex)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        pos, endpos = _bounds(string, pos, endpos)
        found = _run(self, string, pos, endpos, 0)
        return None if found is None else _new_match(self, string, pos, endpos, found)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        pos, endpos = _bounds(string, pos, endpos)
        found = _run(self, string, pos, endpos, 1)
        return None if found is None else _new_match(self, string, pos, endpos, found)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        pos, endpos = _bounds(string, pos, endpos)
        found = _run(self, string, pos, endpos, 2)
        return None if found is None else _new_match(self, string, pos, endpos, found)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        pos, endpos = _bounds(string, pos, endpos)
        result = []
        must_advance = False
        while True:
            found = _run(self, string, pos, endpos, 1, must_advance)
            if found is None:
                break
            result.append(_item_of(self, string, found))
            must_advance = found[1] == found[2]
            pos = found[2]
        return result

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        pos, endpos = _bounds(string, pos, endpos)
        _run(self, string, pos, pos, 0)
        s = _object_new(_SRE_Scanner)
        s.pattern = self
        s._string = string
        s._pos = pos
        s._endpos = endpos
        s._must_advance = False
        return s

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter(self.scanner(string, pos, endpos).search, None)

    def split(self, string, maxsplit=0):
        pos, endpos = _bounds(string, 0, _MAXSIZE)
        result = []
        last = 0
        n = 0
        must_advance = False
        while not maxsplit or n < maxsplit:
            found = _run(self, string, pos, endpos, 1, must_advance)
            if found is None:
                break
            result.append(string[last:found[1]])
            for i in range(1, self.groups + 1):
                start = found[2 * i + 1]
                result.append(string[start:found[2 * i + 2]] if start >= 0 else None)
            n += 1
            must_advance = found[1] == found[2]
            last = pos = found[2]
        result.append(string[last:endpos])
        return result

    def _subx(self, repl, string, count, want_count):
        if callable(repl):
            literal = None
            filter = repl
        else:
            if ('\\\\' if isinstance(repl, str) else b'\\\\') in repl:
                template = _compile_template_for(self, repl)
                if not template[0] and len(template[1]) == 1:
                    literal = template[1][0]
                    filter = None
                else:
                    literal = None
                    filter = template
            else:
                literal = repl
                filter = None
        pos, endpos = _bounds(string, 0, _MAXSIZE)
        pieces = []
        i = 0
        n = 0
        must_advance = False
        while not count or n < count:
            found = _run(self, string, pos, endpos, 1, must_advance)
            if found is None:
                break
            if i < found[1]:
                pieces.append(string[i:found[1]])
            # pattern_subx: the pieces are joined at the end (a wrong type fails there).
            if literal is not None:
                pieces.append(literal)
            elif callable(filter):
                item = filter(_new_match(self, string, pos, endpos, found))
                if item is not None:
                    pieces.append(item)
            else:
                pieces.append(_expand_template(filter, _new_match(self, string, pos, endpos, found)))
            i = found[2]
            n += 1
            must_advance = found[1] == found[2]
            pos = found[2]
        if i < endpos:
            pieces.append(string[i:endpos])
        result = string[0:0].join(pieces)
        if want_count:
            return (result, n)
        return result

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count, False)

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count, True)

    def __repr__(self):
        # pattern_repr: the pattern's repr cut at 200 characters, then the flags but UNICODE.
        flags = self.flags
        if isinstance(self.pattern, str) and (flags & 292) == 32:
            flags &= ~32
        text = 're.compile(%.200r' % (self.pattern,)
        if flags:
            names = []
            for name, bit in _FLAG_NAMES:
                if flags & bit:
                    names.append('re.' + name)
                    flags &= ~bit
            if flags:
                names.append('0x%x' % flags)
            text += ', ' + '|'.join(names)
        return text + ')'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.flags == other.flags and self.pattern == other.pattern

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(_GenericAlias)


for _cls in (Pattern, Match):
    _cls.__module__ = 're'
del _cls
_SRE_Scanner.__name__ = _SRE_Scanner.__qualname__ = 'SRE_Scanner'


def _new_pattern(pattern, flags):
    compiled = _lens_sre.compile(pattern, flags)
    if len(compiled) == 2:
        raise error(compiled[0], pattern if compiled[1] is not None else None, compiled[1])
    final, groups, names = compiled
    # _parser.fix_flags
    if isinstance(pattern, str):
        if final & 4:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not final & 256:
            final |= 32
        elif final & 32:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    elif final & 32:
        raise ValueError("cannot use UNICODE flag with a bytes pattern")
    p = _object_new(Pattern)
    _set(p, 'pattern', pattern)
    _set(p, 'flags', final)
    _set(p, 'groups', groups)
    _set(p, '_groupindex', dict(names))
    return p


def _parse_template(template, pattern):
    # _parser.parse_template: (groups, literals), groups as (index in literals, group number).
    if isinstance(template, bytes):
        groups, literals = _parse_template(str(template, 'latin1'), pattern)
        return groups, [None if s is None else s.encode('latin1') for s in literals]
    if not isinstance(template, str):
        raise TypeError('expected str instance, %s found' % type(template).__name__)
    groups = []
    literals = []
    literal = []
    i = 0
    n = len(template)
    groupindex = pattern._groupindex

    def addgroup(index, pos):
        if index > pattern.groups:
            raise error("invalid group reference %d" % index, template, pos)
        if literal:
            literals.append(''.join(literal))
            del literal[:]
        groups.append((len(literals), index))
        literals.append(None)

    while i < n:
        c = template[i]
        if c != '\\\\':
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", template, start)
        c = template[i]
        i += 1
        if c == 'g':
            if i >= n or template[i] != '<':
                raise error("missing <", template, i)
            end = template.find('>', i + 1)
            if end < 0:
                raise error("missing >, unterminated name", template, i + 1)
            name = template[i + 1:end]
            if not name:
                raise error("missing group name", template, i + 1)
            i = end + 1
            if name.isidentifier():
                if name not in groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = groupindex[name]
            else:
                if not (name.isdecimal() and name.isascii()):
                    raise error("bad character in group name '%s'" % name, template, end - len(name))
                index = int(name)
            addgroup(index, end - len(name))
        elif c == '0':
            digits = '0'
            while len(digits) < 3 and i < n and template[i] in '01234567':
                digits += template[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xff))
        elif c in '123456789':
            digits = c
            if i < n and template[i] in '0123456789':
                digits += template[i]
                i += 1
                if digits[0] in '01234567' and digits[1] in '01234567' and i < n and template[i] in '01234567':
                    digits += template[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise error('octal escape value \\\\%s outside of range 0-0o377' % digits, template, start)
                    literal.append(chr(value))
                    continue
            addgroup(int(digits), start + 1)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error('bad escape \\\\%s' % c, template, start)
        else:
            literal.append('\\\\' + c)
    if literal:
        literals.append(''.join(literal))
    return groups, literals


_TEMPLATE_ESCAPES = {'a': '\\a', 'b': '\\b', 'f': '\\f', 'n': '\\n', 'r': '\\r', 't': '\\t', 'v': '\\v', '\\\\': '\\\\'}


def _expand_template(template, match):
    groups, literals = template
    literals = literals[:]
    for index, group in groups:
        literals[index] = _group(match, group) or match.string[:0]
    return match.string[:0].join(literals)


_cache = {}  # ordered!
_MAXCACHE = 512
if _VERSION >= 312:
    _cache2 = {}  # FIFO
    _MAXCACHE2 = 256


def _compile(pattern, flags):
    # internal: compile pattern
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if _VERSION >= 312:
        try:
            return _cache2[type(pattern), pattern, flags]
        except KeyError:
            pass
        key = (type(pattern), pattern, flags)
        p = _cache.pop(key, None)
        if p is None:
            if isinstance(pattern, Pattern):
                if flags:
                    raise ValueError("cannot process flags argument with a compiled pattern")
                return pattern
            if not isinstance(pattern, (str, bytes)):
                raise TypeError("first argument must be string or compiled pattern")
            p = _new_pattern(pattern, flags)
            if len(_cache) >= _MAXCACHE:
                try:
                    del _cache[next(iter(_cache))]
                except (StopIteration, RuntimeError, KeyError):
                    pass
        _cache[key] = p
        if len(_cache2) >= _MAXCACHE2:
            try:
                del _cache2[next(iter(_cache2))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache2[key] = p
        return p
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _new_pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[type(pattern), pattern, flags] = p
    return p


if _VERSION >= 312:
    @functools.lru_cache(_MAXCACHE)
    def _compile_template(pattern, repl):
        # internal: compile replacement pattern
        return _parse_template(repl, pattern)

    def _compile_template_for(pattern, repl):
        return _compile_template(pattern, repl)
else:
    @functools.lru_cache(_MAXCACHE)
    def _compile_repl(repl, pattern):
        # internal: compile replacement pattern
        return _parse_template(repl, pattern)

    def _compile_template_for(pattern, repl):
        return _compile_repl(repl, pattern)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    # traceback: re.match
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    # traceback: re.fullmatch
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    # traceback: re.search
    return _compile(pattern, flags).search(string)


if _VERSION >= 313:
    # 3.13: count, maxsplit and flags passed by position are deprecated.
    class _ZeroSentinel(int):
        pass
    _zero_sentinel = _ZeroSentinel()

    def sub(pattern, repl, string, *args, count=_zero_sentinel, flags=_zero_sentinel):
        if args:
            if count is not _zero_sentinel:
                raise TypeError("sub() got multiple values for argument 'count'")
            count, *args = args
            if args:
                if flags is not _zero_sentinel:
                    raise TypeError("sub() got multiple values for argument 'flags'")
                flags, *args = args
                if args:
                    raise TypeError("sub() takes from 3 to 5 positional arguments "
                                    "but %d were given" % (5 + len(args)))

            import warnings
            warnings.warn(
                "'count' is passed as positional argument",
                DeprecationWarning, stacklevel=2
            )

        # traceback: re.sub
        return _compile(pattern, flags).sub(repl, string, count)

    def subn(pattern, repl, string, *args, count=_zero_sentinel, flags=_zero_sentinel):
        if args:
            if count is not _zero_sentinel:
                raise TypeError("subn() got multiple values for argument 'count'")
            count, *args = args
            if args:
                if flags is not _zero_sentinel:
                    raise TypeError("subn() got multiple values for argument 'flags'")
                flags, *args = args
                if args:
                    raise TypeError("subn() takes from 3 to 5 positional arguments "
                                    "but %d were given" % (5 + len(args)))

            import warnings
            warnings.warn(
                "'count' is passed as positional argument",
                DeprecationWarning, stacklevel=2
            )

        # traceback: re.subn
        return _compile(pattern, flags).subn(repl, string, count)

    def split(pattern, string, *args, maxsplit=_zero_sentinel, flags=_zero_sentinel):
        if args:
            if maxsplit is not _zero_sentinel:
                raise TypeError("split() got multiple values for argument 'maxsplit'")
            maxsplit, *args = args
            if args:
                if flags is not _zero_sentinel:
                    raise TypeError("split() got multiple values for argument 'flags'")
                flags, *args = args
                if args:
                    raise TypeError("split() takes from 2 to 4 positional arguments "
                                    "but %d were given" % (4 + len(args)))

            import warnings
            warnings.warn(
                "'maxsplit' is passed as positional argument",
                DeprecationWarning, stacklevel=2
            )

        # traceback: re.split
        return _compile(pattern, flags).split(string, maxsplit)

else:
    def sub(pattern, repl, string, count=0, flags=0):
        """Return the string obtained by replacing the leftmost
        non-overlapping occurrences of the pattern in string by the
        replacement repl."""
        # traceback: re.sub
        return _compile(pattern, flags).sub(repl, string, count)


    def subn(pattern, repl, string, count=0, flags=0):
        """Return a 2-tuple containing (new_string, number)."""
        # traceback: re.subn
        return _compile(pattern, flags).subn(repl, string, count)


    def split(pattern, string, maxsplit=0, flags=0):
        """Split the source string by the occurrences of the pattern,
        returning a list containing the resulting substrings."""
        # traceback: re.split
        return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    # traceback: re.findall
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    # traceback: re.finditer
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    # traceback: re.compile
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    if _VERSION >= 312:
        _cache2.clear()
        _compile_template.cache_clear()
    else:
        _compile_repl.cache_clear()


_special_chars_map = {i: '\\\\' + chr(i) for i in b'()[]{}?*+-|^$\\\\.&~# \\t\\n\\r\\v\\f'}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


if _VERSION < 313:
    def template(pattern, flags=0):
        _lens_not_modelled('re.template')


class Scanner:
    def __init__(self, lexicon, flags=0):
        _lens_not_modelled('re.Scanner')
`;
