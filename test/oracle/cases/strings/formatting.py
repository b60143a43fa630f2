name = 'Ada'
pi = 3.14159265
n = 1234567
print(f"{name!r:>8}|{name:<6}|{name:^7}|{name:*^9}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {-pi:+.1f}")
print(f"{n:,} {n:_} {n:>12,} {n:08d} {255:x} {255:#X} {5:b} {0.25:.0%}")
print('{} + {} = {}'.format(1, 2, 3), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('%s is %d years, %.1f m' % ('Bob', 42, 1.8), '%5s|%-5s|' % ('r', 'l'))
width = 6
print(f"{'dyn':>{width}}|", f"{{literal}}", f"{1 + 1 = }")
