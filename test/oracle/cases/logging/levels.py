# Levels: the numeric constants and their names, a logger's level and its effective level from its ancestors,
# isEnabledFor (and its cache cleared by setLevel), levels given by name, a custom level with addLevelName,
# logging.disable, and a handler's own level.
import logging
import sys

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET)
print(logging.WARN == logging.WARNING, logging.FATAL == logging.CRITICAL)
print([logging.getLevelName(n) for n in (0, 10, 20, 30, 40, 50, 25)])
print(logging.getLevelName('ERROR'), logging.getLevelName('NOPE'))
print(sorted(logging.getLevelNamesMapping().items(), key=lambda kv: (kv[1], kv[0])))

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(levelname)-8s %(name)s: %(message)s'))
app = logging.getLogger('app')
app.addHandler(handler)
db = logging.getLogger('app.db')
print(app.level, app.getEffectiveLevel(), db.getEffectiveLevel())
for level in (logging.DEBUG, logging.INFO, logging.WARNING):
    db.log(level, "at %s", logging.getLevelName(level))
print(db.isEnabledFor(logging.INFO))
app.setLevel('DEBUG')
print(db.isEnabledFor(logging.INFO), db.getEffectiveLevel())
db.debug("debug now passes")
db.setLevel(logging.ERROR)
db.warning("dropped by app.db's own level")
db.error("kept")
logging.addLevelName(25, 'NOTICE')
app.log(25, "a custom level")
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
handler.setLevel(logging.WARNING)
app.info("dropped by the handler's level")
app.warning("passes the handler")
logging.disable(logging.WARNING)
app.warning("disabled")
app.error("error passes")
logging.disable()
app.info("dropped by the handler again")
try:
    app.setLevel('LOUD')
except ValueError as e:
    print("ValueError:", e)
