# Expressions over several lines: 3.11 and 3.12 print the first line and underline up to its end;
# 3.13 prints every line of the expression, markers under each.
def area(width, height):
    return width * height


def describe(shape):
    return (shape['name'] + ': ' +
            str(area(shape['width'],
                     shape['height'])))


print(describe({'name': 'square', 'width': 2, 'height': 2}))
print(describe({'name': 'bar',
                'width': 3, 'height': None}))
