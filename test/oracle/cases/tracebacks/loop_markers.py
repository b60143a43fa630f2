# A generator that fails while a for loop iterates it: 3.11 and 3.12 point at the whole for
# statement (no markers), 3.13 at the iterable.
def readings(raw):
    for text in raw:
        yield float(text)


total = 0
for value in readings(['1.5', '2', 'x']):
    total += value
    print(total)
