# Python 2's print statement: the carets span the whole statement.
name = "Ada"
print "hello", name
