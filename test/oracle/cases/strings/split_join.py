line = 'alpha,beta,,gamma'
print(line.split(','))
print(line.split(',', 1))
print('  many   spaces here '.split())
print('a-b-c'.rsplit('-', 1))
print('one\ntwo\r\nthree'.splitlines())
print(', '.join(['x', 'y', 'z']))
print(''.join(reversed('abc')), '-'.join('abc'))
print('key=value=more'.partition('='), 'no-sep'.partition('='))
