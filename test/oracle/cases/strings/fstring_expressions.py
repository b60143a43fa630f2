items = ['apple', 'kiwi']
price = {'apple': 0.5, 'kiwi': 0.25}
for it in items:
    print(f"{it.title():<8}{price[it]:>6.2f}")
total = sum(price.values())
print(f"total: {total:.2f} ({len(items)} items)")
print(f"{'yes' if total > 0.5 else 'no'}", f"{[x * 2 for x in range(3)]}")
value = 42
print(f"{value=}", f"{value:>5}", f"{value!s}", f"{str(value)!r}")
