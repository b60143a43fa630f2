# find/rfind/index/rindex/count with start and end: negative, None, past the end, empty needle.
s = 'hello world, hello sky'
print(s.find('o', 5), s.find('o', 0, 4), s.find('o', -4), s.find('o', None, 5))
print(s.rfind('o', 0, 6), s.rfind('o', -3), s.rfind('hello', 1), s.rfind('', 2, 3))
print(s.find('', 22), s.find('', 23), s.rfind(''), s.find('hello', 1, 17))
print(s.count('l'), s.count('l', 3), s.count('l', -5, None), s.count('', 1, 3), s.count('', 30))
print(s.index('w', 2), s.rindex('hello'), s.index('sky', -3))
for call in (lambda: s.index('z'), lambda: s.rindex('o', 0, 3), lambda: s.find('o', 1.5),
             lambda: s.count('l', None, 'x'), lambda: s.find(5), lambda: s.find()):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
emoji = 'a😀b😀c'
print(len(emoji), emoji.find('b'), emoji.rfind('😀'), emoji.count('😀', 2), emoji.index('c', -1))
