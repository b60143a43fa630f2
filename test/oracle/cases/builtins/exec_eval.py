# exec() and eval() compile their string as a file of its own, "<string>": its frames show its lines.
import sys

x = 10
print(eval('x + 1'), eval('  x * 2'), eval('(x,\n x)'))
namespace = {'a': 3}
print(eval('a ** 2', namespace), eval('a + b', namespace, {'b': 4}))
exec('y = x + 5')
print(y)
exec('def where():\n    return sys._getframe().f_lineno\nline = where()')
print(line)
for source in ['x = 1', '1; 2', '1;', '1\n2']:
    try:
        eval(source)
    except SyntaxError as e:
        print(type(e).__name__, e)
try:
    exec('a = 1\nb = [1]\nb[3]')
except IndexError as e:
    print(e.__traceback__.tb_next.tb_lineno)

def compute():
    exec('total = 0\nfor i in range(3):\n    total += 10 // (2 - i)')

compute()
