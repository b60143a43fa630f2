# Markers are laid out in display columns: a wide character (CJK) takes two, an accented one one.
prices = {'café': 2.5, '茶': 3}
print('café:', prices['café'])
print('合計: ' + prices['茶'])
