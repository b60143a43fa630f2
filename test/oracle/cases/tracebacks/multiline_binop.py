# A binary operation over several lines: 3.13 underlines its operands and operator on each line.
def label(count):
    return ('items: ' +
            count)


print(label('3'))
print(label(3))
