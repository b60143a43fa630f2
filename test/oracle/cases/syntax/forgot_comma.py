# Two values without a comma between them, inside brackets: the carets span both.
values = [10, 20 30, 40]
