# Checks try/except* (PEP 654): each clause gets the part of the group its types match (a naked
# exception comes wrapped in ExceptionGroup('', (exc,))), sys.exc_info() in a clause is that part,
# a clause that raises adds its exception to a new group with what no clause handled (or is raised
# alone), and a rest left unhandled, raised at the end, keeps the original's traceback.
import sys


def load(names):
    problems = []
    for name in names:
        try:
            if not name:
                raise ValueError("empty name")
            if name.isdigit():
                raise TypeError(f"number {name} is not a name")
            if name.startswith("_"):
                raise KeyError(name)
        except Exception as e:
            problems.append(e)
    if problems:
        raise ExceptionGroup("could not load", problems)


try:
    load(["ok", "", "42", "fine", ""])
except* ValueError as group:
    print("values:", [str(e) for e in group.exceptions], sys.exc_info()[1] is group)
except* TypeError as group:
    print("types:", repr(group))
else:
    print("not reached")

try:
    raise OSError("disk full")
except* OSError as wrapped:
    print("wrapped:", repr(wrapped), wrapped.__traceback__)

try:
    try:
        raise RuntimeError("plain")
    except* KeyError:
        print("not reached")
except RuntimeError as e:
    print("unmatched naked exception passes through:", repr(e))

for names in (["", "7"], ["", "_x"]):
    try:
        try:
            load(names)
        except* ValueError:
            raise LookupError("replaced the values")
        except* TypeError:
            pass
    except Exception as e:
        # Alone, the new exception is raised as it is; with an unhandled rest, both in a new group.
        print("raised:", repr(e), repr(e.__context__))

for names in (["a"], ["", "3"]):
    try:
        load(names)
    except* ValueError:
        print("handled the values of", names)
    except* TypeError:
        print("handled the types of", names)
    finally:
        print("finally for", names)
try:
    load(["", "_key"])
except* ValueError:
    print("handled the values, the key error goes on")
