# Checks BaseExceptionGroup.split/subgroup/derive: parts keep the tree's shape, share the original's
# traceback, context and cause (and so get __suppress_context__), get copies of its notes, are made
# by derive() (a subclass's own, when it has one); the matcher errors differ by version, as does
# which callables 3.13 takes as a predicate.
def raise_group():
    try:
        raise KeyError("cause")
    except KeyError as k:
        raise ExceptionGroup("batch", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), OSError(4)]) from k


try:
    raise_group()
except ExceptionGroup as e:
    group = e
group.add_note("while importing")
values, others = group.split(ValueError)
print(repr(values))
print(repr(others))
for part in (values, others):
    print(part.__traceback__ is group.__traceback__, repr(part.__cause__), part.__suppress_context__,
          part.__notes__, part.__notes__ is group.__notes__)
print(repr(group.subgroup(lambda e: isinstance(e, OSError) or e.args == (2,))))
print(group.subgroup(BaseException) is group, group.subgroup(ZeroDivisionError))
print(repr(group.split((TypeError, OSError))))
print(repr(group.derive([ZeroDivisionError("new")])))


class Batch(ExceptionGroup):
    def derive(self, excs):
        return Batch(self.message.upper(), excs)


b = Batch("mine", [ValueError(5), TypeError(6)])
print(repr(b.split(ValueError)), repr(b.subgroup(TypeError)))


class Callable:
    def __call__(self, e):
        return isinstance(e, TypeError)


for matcher in (1, "ValueError", (ValueError, 2), Callable(), ExceptionGroup):
    try:
        print(repr(group.split(matcher)))
    except TypeError as e:
        print("TypeError:", e)
for args in ((), (ValueError, TypeError)):
    try:
        group.subgroup(*args)
    except TypeError as e:
        print("TypeError:", e)
