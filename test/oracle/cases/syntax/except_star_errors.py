# Checks the syntax errors of except* that compile() reports: no type after it, mixing except and
# except* on one try, leaving a clause with break/continue/return (allowed inside a loop or a
# function of its own), and unparenthesised types.
SOURCES = {
    "no type": "try:\n    pass\nexcept* :\n    pass\n",
    "star after plain": "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "plain after star": "try:\n    pass\nexcept* TypeError:\n    pass\nexcept:\n    pass\n",
    "break": "for i in range(3):\n    try:\n        pass\n    except* TypeError:\n        break\n",
    "continue": "while True:\n    try:\n        pass\n    except* TypeError:\n        if True:\n            continue\n",
    "return value": "def f():\n    try:\n        pass\n    except* TypeError:\n        return 1 + 2\n",
    "bare return": "def f():\n    try:\n        pass\n    except* TypeError:\n        return\n",
    "inner loop and function": "try:\n    pass\nexcept* TypeError:\n    for i in range(3):\n        break\n    def g():\n        return 5\n",
    "two types": "try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n",
}
for name, source in SOURCES.items():
    try:
        compile(source, name, "exec")
        print(f"{name}: compiles")
    except SyntaxError as e:
        print(f"{name}: {e.msg} (line {e.lineno}, {e.offset}-{e.end_offset})")
