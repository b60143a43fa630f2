# Case mappings beyond ASCII: German sharp s, the DŽ digraphs (titlecase), Greek final sigma.
words = ['straße', 'ǆemal', 'ǅemal', 'ΟΔΟΣ', 'ΟΔΟΣ ΑΣ.', 'ﬁne', 'µ', "they're bill's"]
for w in words:
    print(ascii(w), ascii(w.upper()), ascii(w.lower()), ascii(w.casefold()))
    print('  ', ascii(w.title()), ascii(w.capitalize()), ascii(w.swapcase()))
print('ǅ'.istitle(), 'ǅ'.isupper(), 'ǅ'.islower(), 'ß'.islower(), 'SS'.isupper())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'A1 B2'.istitle(), ''.istitle())
print('STRASSE'.casefold() == 'straße'.casefold(), 'ΣΑΣ'.casefold() == 'σας'.casefold())
print(ascii('İstanbul'.lower()), len('İ'.lower()), ascii('ŉ'.upper()), ascii('ŉ'.title()))
