// The Python half of the "as processes" mode (modules/as-processes.ts): stand-ins for what the main
// process of a program whose threads run as processes cannot share with them. Creating one there (or an
// instance of a subclass anywhere) stops the run with a "not comparable as processes" diagnostic at the
// learner's line, before anything goes wrong. A worker's own (made inside the process, used only
// there) is the real thing.

export const AS_PROCESSES_SOURCE = `
import multiprocessing


def refused(construct, reason, real):
    class NotComparable:
        def __new__(cls, *args, **kwargs):
            if cls is NotComparable and multiprocessing.parent_process() is not None:
                return real(*args, **kwargs)
            _lens_not_comparable(construct, reason)

    NotComparable.__name__ = construct.rpartition('.')[2]
    NotComparable.__qualname__ = NotComparable.__name__
    return NotComparable
`;
