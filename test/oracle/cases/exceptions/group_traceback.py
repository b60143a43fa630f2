# An uncaught exception group's traceback: its own frames, then each exception in a numbered box,
# with their tracebacks, chained exceptions and notes; nested groups indent further.
def fail(i):
    raise ValueError(f'bad value {i}')


errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        e.add_note(f'in iteration {i}')
        errors.append(e)
try:
    {}['missing']
except KeyError as e:
    try:
        raise RuntimeError('while handling') from e
    except RuntimeError as chained:
        errors.append(chained)
inner = ExceptionGroup('inner problems', [TypeError('t'), OSError('o')])
errors.append(inner)
group = ExceptionGroup('outer problems', errors)
group.add_note('a note on the group')
raise group
