s = '  Hello, World  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = s.strip()
print(t.upper(), t.lower(), t.title(), t.swapcase(), t.capitalize())
print(t.replace('l', 'L'), t.replace('l', 'L', 1))
print(t.find('o'), t.find('o', 5), t.find('z'), t.rfind('o'), t.index('W'), t.count('l'))
print(t.startswith('Hell'), t.endswith('!'), t.startswith(('a', 'H')))
print('abc123'.isalnum(), '123'.isdigit(), 'abc'.isalpha(), '   '.isspace(), 'Ab'.isupper())
