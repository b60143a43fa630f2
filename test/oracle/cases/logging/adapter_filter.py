# A LoggerAdapter adding context (its process(), its extra as the record's attributes), a Filter subclass, a
# callable filter, logging.Filter by logger name on a handler, and a filter that changes the record.
import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format='%(levelname)s [%(user)s] %(name)s: %(message)s')


class UserAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"<{self.extra['user']}> {msg}", kwargs


base = logging.getLogger('svc')
log = UserAdapter(base, {'user': 'ann'})
log.info("logged in from %s", "home")
log.warning("quota at %d%%", 91)
print(log.logger is base, log.isEnabledFor(logging.DEBUG), log.getEffectiveLevel(), log.name)
plain = logging.LoggerAdapter(base, {'user': 'bob'})
plain.error("plain adapter")
print(repr(plain))


class EvenOnly(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


nums = logging.getLogger('nums')
nums.addFilter(EvenOnly())
for i in range(5):
    nums.info("n=%d", i, extra={'user': '-'})


def no_secrets(record):
    return 'secret' not in record.getMessage()


root_handler = logging.getLogger().handlers[0]
root_handler.addFilter(no_secrets)
logging.info("public", extra={'user': 'x'})
logging.info("a secret", extra={'user': 'x'})

only_db = logging.StreamHandler(sys.stdout)
only_db.setFormatter(logging.Formatter('DB %(name)s %(message)s'))
only_db.addFilter(logging.Filter('app.db'))
app = logging.getLogger('app')
app.addHandler(only_db)
app.propagate = False
logging.getLogger('app.db').info("query")
logging.getLogger('app.dbx').info("not a child of app.db")
logging.getLogger('app.db.pool').info("a grandchild")


class Upper(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.upper()
        return True


app.addFilter(Upper())
app.info("changed by the filter")
app.removeFilter(app.filters[0])
app.info("unchanged")
print(len(root_handler.filters), len(app.filters), len(nums.filters))
