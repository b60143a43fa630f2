# What a SyntaxError from compile() holds: msg, lineno, offset, end_lineno, end_offset, text, and str().
snippets = [
    "if x > 1\n    pass\n",
    "f() = 1\n",
    "print 'hello'\n",
    "x = [1, 2\n",
    "if x = 1:\n    pass\n",
    "l = [1 2 3]\n",
    "def f():\nreturn 1\n",
    "  x = 1\n",
    "try:\n    pass\n",
    "return 5\n",
    "x = {1: 2, 3}\n",
]
for source in snippets:
    try:
        compile(source, "snippet.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg))
        print("  at", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        print("  str:", e)
        print("  args:", e.args)
