stock = {'apple': 3, 'pear': 0}
stock['kiwi'] = 7
print(stock, len(stock), 'pear' in stock, 3 in stock)
print(stock.get('plum'), stock.get('plum', 0), stock.setdefault('fig', 1), stock)
stock.update(apple=5, lime=2)
print(list(stock.keys()), list(stock.values()))
for name, count in stock.items():
    print(f"  {name}: {count}")
print(stock.pop('pear'), stock.pop('none', 'absent'), stock.popitem())
print(sorted(stock, key=stock.get), {**stock, 'extra': 0} | {'apple': 0})
merged = dict(stock)
merged.clear()
print(merged, stock == dict(stock), dict.fromkeys('ab', 0))
