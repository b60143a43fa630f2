# A dedent to a column no block started at.
def area(w, h):
        result = w * h
    return result
