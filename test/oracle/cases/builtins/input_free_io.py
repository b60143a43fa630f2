import sys

sys.stdout.write('written with sys.stdout.write\n')
print('to stderr', file=sys.stderr)
print('back on stdout')
n = sys.stdout.write('abc\n')
print('write returned', n)
print('argv length:', len(sys.argv))
