# Tabs and spaces mixed in one block: TabError, a kind of IndentationError (no caret).
def f(x):
	if x:
	        return 1
