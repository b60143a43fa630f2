# A line indented for no block: no caret (it would point into the indentation).
x = 1
    y = 2
print(x + y)
