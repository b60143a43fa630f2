# Formatter style='{': str.format fields with specs and conversions, basicConfig(style='{'), the validation
# CPython does (string.Formatter's parse of the format: bad fields, conversions and specs raise ValueError),
# the %-style validation, and an unknown style.
import logging
import sys

logging.basicConfig(level=logging.INFO, stream=sys.stdout, style='{',
                    format='{levelname:<8}|{name:^7}|{lineno:03d}|{message!r}')
logging.info("hello %s", "world")
logging.getLogger('db').warning("slow")
fmt = logging.Formatter('{name}.{funcName}: {message}', style='{')
print(fmt.usesTime(), logging.Formatter('{asctime} {message}', style='{').usesTime())
record = logging.makeLogRecord({'name': 'x', 'funcName': 'f', 'msg': 'm'})
print(fmt.format(record))
for bad in ['{message', '{levelname!z}', 'no fields', '{levelname:zzz}', '%(message)s', '{0}', '{message}}']:
    try:
        logging.Formatter(bad, style='{')
        print("accepted:", bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ['%(message', 'plain', '%(message)s']:
    try:
        logging.Formatter(bad)
        print("accepted:", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter('x', style='!')
except ValueError as e:
    print("ValueError:", e)
print(logging.Formatter('{message}', style='{', validate=False).format(record))
