# splitlines: every line boundary str knows (\r\n, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029), keepends.
s = 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\u2028i\u2029j'
print(s.splitlines())
print([ascii(x) for x in s.splitlines(True)])
print('a\n\nb\n'.splitlines(), 'a\n\nb\n'.splitlines(keepends=True), ''.splitlines(), '\n'.splitlines())
print(b'a\nb\r\nc\rd\x0be'.splitlines(), b'x\r\n'.splitlines(True))
print('one\ntwo'.splitlines(1), 'one\ntwo'.splitlines(0))
try:
    print('x\ny'.splitlines('yes'))
except TypeError as e:
    print('TypeError:', e)
