# format() and f-strings of complex numbers: like str() without a type, both parts formatted with one.
z = 1.5 + 2.25j
print(format(z, ""), format(z, ".2f"), format(z, "e"), format(z, ".1e"), format(3j, "g"), format(-2j, ""))
print(f"[{z:>20}] [{z:<20}] [{z:^20}] [{z:*^24.3f}]")
print(f"{z:+.1f} {z: .1f} {1e20 + 1e-5j:g} {complex(2, -0.0):.1f} {1234.5 + 6789j:,.1f}")
for spec in ["d", "010", "=10"]:
    try:
        format(z, spec)
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
