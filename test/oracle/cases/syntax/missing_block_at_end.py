# A function header with no body at the end of the file: the error is at the end of the input,
# where CPython reading a file has no column (no caret).
def greet(name):
