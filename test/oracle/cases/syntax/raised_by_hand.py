# A SyntaxError made by hand prints from its attributes, as the parser's do.
e = SyntaxError("bad thing", ("lesson.py", 2, 5, "x = 1 +* 2\n", 2, 8))
print(e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
print(str(e))
print(SyntaxError("no place"), SyntaxError("m", ("f.py", 3, None, None)))
try:
    raise SyntaxError("plain")
except SyntaxError as err:
    print(repr(err.msg), err.lineno, err.print_file_and_line)
raise e
