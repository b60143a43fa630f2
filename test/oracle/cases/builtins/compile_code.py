# compile() makes a code object of a file named as given; exec() and eval() run it (its frames show that name).
c = compile("x = 1\ny = x + 1", "mine", "exec")
print(type(c).__name__, c.co_filename, c.co_name)
ns = {}
exec(c, ns)
print(ns['y'])
e = compile("  40 + 2", "expr", "eval") if False else compile("40 + 2", "expr", "eval")
print(eval(e))
print(eval(c, {}))
for args in [(1, 'f', 'exec'), ('1', 'f', 'bad'), ('x = = 1', 'f', 'exec'), ('1; 2', 'f', 'eval'), ('  1', 'f', 'eval')]:
    try:
        compile(*args)
        print('ok', args)
    except (TypeError, ValueError, SyntaxError) as err:
        print(type(err).__name__, err)
exec(compile("a = 1\n\na.foo", "myfile", "exec"), {})
