# A tab-indented line with an error: CPython 3.13 keeps the tab in the line it shows.
if True:
	x = (1 +
	y = 2
