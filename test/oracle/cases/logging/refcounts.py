# Reference counts of logging's objects as the program sees them: a logger (the manager's loggerDict holds
# it, and each child's parent), a handler (the logger's handlers list, logging's _handlerList holds a weakref),
# a formatter, the root logger, logging's own objects and classes (made when logging was imported, tracked by
# the collector as CPython's are), and records made and freed.
import logging
import sys
import gc

print(sys.getrefcount(logging.root), sys.getrefcount(logging.lastResort), sys.getrefcount(logging.Logger.manager))
print(sys.getrefcount(logging.Formatter), sys.getrefcount(logging.Logger), sys.getrefcount(logging.Handler))
print(sys.getrefcount(logging._handlerList), sys.getrefcount(logging._lock), sys.getrefcount(logging.warning))
objects = gc.get_objects()
print([any(o is x for o in objects) for x in (logging.root, logging.lastResort, logging.Logger.manager, logging._handlerList)])
del objects

log = logging.getLogger('rc')
print(sys.getrefcount(log))
child = logging.getLogger('rc.child')
print(sys.getrefcount(log), sys.getrefcount(child))
other = logging.getLogger('rc')
print(sys.getrefcount(log))
del other
handler = logging.StreamHandler(sys.stdout)
print(sys.getrefcount(handler))
log.addHandler(handler)
print(sys.getrefcount(handler))
formatter = logging.Formatter('%(name)s %(message)s')
handler.setFormatter(formatter)
print(sys.getrefcount(formatter))
log.warning("one record")
print(sys.getrefcount(handler), sys.getrefcount(formatter))
log.removeHandler(handler)
print(sys.getrefcount(handler))
record = log.makeRecord('rc', logging.INFO, 'f.py', 1, 'msg %s', ('x',), None)
print(sys.getrefcount(record))
handler.handle(record)
print(sys.getrefcount(record))
del record
gc.collect()
adapter = logging.LoggerAdapter(log, {'k': 1})
print(sys.getrefcount(log), sys.getrefcount(adapter))
print(sys.getrefcount(logging.root), sys.getrefcount(logging.Logger.manager))
print(gc.is_tracked(log), gc.is_tracked(handler), gc.is_tracked(formatter))
