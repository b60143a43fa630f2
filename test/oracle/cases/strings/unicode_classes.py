# isdigit / isdecimal / isnumeric / isalpha / isalnum / isspace / isidentifier / isprintable on non-ASCII.
samples = ['123', '²', '½', '٣', 'Ⅻ', '一二', 'abc', 'é', 'ab1', '中文', '\u0301', ' \t\n', '\xa0',
           '\u2028', '\x1c', '\u200b', '', '_x1', '1abc', 'é_1', 'class', 'a-b', '℘', 'a·']
for s in samples:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
             s.isidentifier(), s.isprintable(), s.isascii()]
    print(ascii(s).ljust(10), ''.join('X' if f else '.' for f in flags))
try:
    'abc'.isdigit(1)
except TypeError as e:
    print('TypeError:', e)
