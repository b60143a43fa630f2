# A SyntaxError in exec()'s string is printed with its line and caret in "<string>".
print(eval('1 + 2'))
exec('x = = 1')
