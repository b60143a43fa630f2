// The string module, run by the simulator as CPython runs Lib/string.py: its constants and capwords
// (string.py is the same in 3.11, 3.12 and 3.13; the line CPython's tracebacks show of capwords is in
// modules/string.ts). Template (re and ChainMap) and Formatter (the _string module) are not written here:
// making one stops the run with a "not modelled" diagnostic instead of behaving differently.
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


class Template:
    def __init__(self, template):
        _lens_not_modelled('string.Template')


class Formatter:
    def __init__(self):
        _lens_not_modelled('string.Formatter')
`;
