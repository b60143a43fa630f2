# sys.modules is the interpreter's dict of loaded modules: the program's own module under '__main__'
# (and __name__), the modules the startup loaded (sys, builtins, os and os.path), a module appearing
# there once imported, at the end, after the modules it loaded itself, and each entry the very object
# the import statement binds.
import sys

print(type(sys.modules), type(sys.modules) is dict)
print(sys.modules['__main__'] is sys.modules[__name__], __name__)
print(sys.modules['sys'] is sys, 'builtins' in sys.modules, 'os' in sys.modules, 'os.path' in sys.modules)
print('json' in sys.modules, 'heapq' in sys.modules, 'gc' in sys.modules)
import heapq
import gc
print('heapq' in sys.modules, 'gc' in sys.modules, sys.modules['gc'] is gc)
print([name for name in sys.modules if name in ('heapq', 'gc', 'json')])
import json
print([name for name in sys.modules if name in ('heapq', 'gc', 'json')])
print(list(sys.modules).index('json') > list(sys.modules).index('json.decoder'))
import os
print(sys.modules['os.path'] is os.path, sys.modules['os'] is os)
main = sys.modules['__main__']
print(main.heapq is heapq, main.__name__, type(main).__name__)
print(sys.modules.get('no_such_module'), 'no_such_module' in sys.modules)
