# The parser's arena holds a reference to each constant it made from the source text: a module's until the
# module finishes, compile()'s only while it compiles, exec()'s while the code runs. From 3.12 a bytes
# literal written as one token is in the arena twice (Parser/action_helpers.c concatenates it onto b'').
import sys

data = b"payload"
joined = b"pay" b"load!"
text = "text!"
print(sys.getrefcount(data), sys.getrefcount(joined), sys.getrefcount(text))


def make():
    return b"inside"


print(sys.getrefcount(make()))

code = compile('s = "compiled str"', "<arena>", "exec")
print(sys.getrefcount(code.co_consts[0]))

exec('import sys\nb = b"executed"\nprint(sys.getrefcount(b))')
print(sys.getrefcount(b))
print(sys.getrefcount(eval('b"evaluated"')))
