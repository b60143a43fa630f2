words = ['the', 'quick', 'brown', 'fox']
sentence = ''
for w in words:
    sentence += w.capitalize() + ' '
print(repr(sentence.rstrip()))
print(' '.join(w[::-1] for w in words))
print('|'.join(f"{w:^7}" for w in words))
acronym = ''.join(w[0].upper() for w in words)
print(acronym, acronym.lower().center(10, '.'), 'x'.zfill(4), '42'.zfill(5), '-42'.zfill(5))
print('a\tb'.expandtabs(4), 'Hello'.ljust(8, '_'), 'Hello'.rjust(8))
