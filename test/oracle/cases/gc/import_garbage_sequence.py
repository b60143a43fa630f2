# What each import leaves for the collector, one after another, each time after a gc.collect(): the modules
# an import loads that no earlier import did leave their classes made and dropped, and automatic collections
# during the import take some of it first.
import gc

gc.collect()
for name in ['collections', 'functools', 'enum', 'json', 'typing', 'dataclasses', 'threading', 'queue', 'copy',
             'random', 'contextlib', 'string', 'inspect', 'asyncio', 'pickle', 'multiprocessing', 'concurrent.futures']:
    __import__(name)
    print(name, gc.collect())
