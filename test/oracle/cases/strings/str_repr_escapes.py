samples = ['plain', 'tab\there', 'new\nline', "quote'single", 'quote"double', 'both\'"', 'back\\slash', 'é', '\x00\x7f']
for s in samples:
    print(repr(s), len(s))
print(str(b'bytes'), repr(b'\x00\xff'), ascii('é'))
print(r'raw\n', 'multi'
      'part')
