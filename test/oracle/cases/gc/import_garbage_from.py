# `from module import name` loads the module as `import module` does: the same garbage for the next collection.
# A second import of a module already loaded leaves nothing.
import gc

gc.collect()
from json import dumps, loads
print('from json:', gc.collect())
print(dumps(loads('[1, 2]')))
from re import compile
print('from re (loaded by json):', gc.collect())
from functools import partial, reduce
print('from functools (loaded):', gc.collect())
import json
print('import json again:', gc.collect())
