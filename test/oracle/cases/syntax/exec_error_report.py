# An uncaught SyntaxError of exec()'s string: the line and the carets under its range.
source = "total = 0\nfor n in range(3):\n    total += n\nprint(total) = 3\n"
exec(source)
