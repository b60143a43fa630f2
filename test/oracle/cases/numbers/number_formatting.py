# How numbers look with format specs: repr, fixed point with separators, scientific, str.
for x in [0, 1, -1, 3.5, 1234567.891, 1e-7, 2 ** 40]:
    print(f"{x!r:>14} | {x:>14,.2f} | {x:>12.3e} | {str(x):<12}|")
print(format(0.5, '%'), format(1 / 3, '.4'), format(1e21), format(1e15, 'g'))
print(f"{-42:+d} {42:+d} {42: d} {3.14159:08.3f} {1e-3:g} {123456789:.3e}")
print(f"{7:<4}|{7:^4}|{7:>4}|{'x':=^5}")
