z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), z * 1j)
print(1 + 2.0, type(1 + 2.0).__name__, 2 * 3.0, 7 // 2.0, True + 1.5)
print(int(2.9), int(-2.9), round(2.9), float(7), 7 / 7)
print(0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
