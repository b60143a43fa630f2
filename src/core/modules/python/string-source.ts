// The string module, run by the simulator as CPython runs Lib/string.py: its constants, capwords and Template
// (string.py is the same in 3.11, 3.12 and 3.13; the lines CPython's tracebacks show of it are in
// modules/string.ts). Template is written with string.py's statements in its order, over the simulator's re
// (its pattern is compiled when string is imported, as CPython's is); a Template given both a mapping and
// keywords needs ChainMap, which stops the run as not modelled. Formatter (the _string module) is not written
// here: making one stops the run with a "not modelled" diagnostic instead of behaving differently.
export const STRING_SOURCE = `
__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \\t\\n\\r\\v\\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    # traceback: string.capwords
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
import re as _re
from collections import ChainMap as _ChainMap

_sentinel_dict = {}

class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # [a-z] under IGNORECASE, but only ASCII letters: the ?a flag applies to the identifier alone.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # two delimiters: one delimiter
              (?P<named>{id})       |   # the delimiter, then an identifier
              {{(?P<braced>{bid})}} |   # the delimiter, then an identifier in braces
              (?P<invalid>)             # any other delimiter
            )
            """
        # traceback: string.Template.__init_subclass__.compile
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        # traceback: string.Template._invalid
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            # traceback: string.Template.substitute.chainmap
            mapping = _ChainMap(kws, mapping)
        def convert(mo):
            # traceback: string.Template.substitute.convert.groups
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                # traceback: string.Template.substitute.convert.named
                return str(mapping[named])
            # traceback: string.Template.substitute.convert.escaped
            if mo.group('escaped') is not None:
                return self.delimiter
            # traceback: string.Template.substitute.convert.invalid_group
            if mo.group('invalid') is not None:
                # traceback: string.Template.substitute.convert.invalid
                self._invalid(mo)
            # traceback: string.Template.substitute.convert.unrecognized
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        # traceback: string.Template.substitute
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            # traceback: string.Template.safe_substitute.chainmap
            mapping = _ChainMap(kws, mapping)
        def convert(mo):
            # traceback: string.Template.safe_substitute.convert.groups
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    # traceback: string.Template.safe_substitute.convert.named
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            # traceback: string.Template.safe_substitute.convert.escaped
            if mo.group('escaped') is not None:
                return self.delimiter
            # traceback: string.Template.safe_substitute.convert.invalid_group
            if mo.group('invalid') is not None:
                return mo.group()
            # traceback: string.Template.safe_substitute.convert.unrecognized
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        # traceback: string.Template.safe_substitute
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            # traceback: string.Template.is_valid.invalid
            if mo.group('invalid') is not None:
                return False
            # traceback: string.Template.is_valid.named
            if (mo.group('named') is None
                # traceback: string.Template.is_valid.braced
                and mo.group('braced') is None
                # traceback: string.Template.is_valid.escaped
                and mo.group('escaped') is None):
                # No group matched: the pattern has a group this class does not know.
                # traceback: string.Template.is_valid.unrecognized
                raise ValueError('Unrecognized named group in pattern',
                    self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            # traceback: string.Template.get_identifiers.groups
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                # Each name once, where it first appears.
                ids.append(named)
            elif (named is None
                # traceback: string.Template.get_identifiers.invalid
                and mo.group('invalid') is None
                # traceback: string.Template.get_identifiers.escaped
                and mo.group('escaped') is None):
                # No group matched: the pattern has a group this class does not know.
                # traceback: string.Template.get_identifiers.unrecognized
                raise ValueError('Unrecognized named group in pattern',
                    self.pattern)
        return ids

# Template's own pattern: __init_subclass__() runs by itself for subclasses only.
Template.__init_subclass__()


class Formatter:
    def __init__(self):
        _lens_not_modelled('string.Formatter')
`;
