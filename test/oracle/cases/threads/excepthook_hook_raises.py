# threading.excepthook gets a _thread._ExceptHookArgs struct sequence (4 fields, built from a 4-sequence);
# a hook that raises makes threading's invoke_excepthook print "Exception in threading.excepthook:" and
# hand the hook's own exception to sys.excepthook (the thread's goes unprinted).
import threading

seen = {}


def recording_hook(args):
    seen["type"] = type(args).__name__
    seen["len"] = len(args)
    seen["fields"] = (args.exc_type.__name__, str(args.exc_value), args.thread.name)


def failing_hook(args):
    raise RuntimeError("hook failed for " + args.thread.name)


def work():
    raise ValueError("in the thread")


threading.excepthook = recording_hook
t = threading.Thread(target=work, name="recorded")
t.start()
t.join()
print(seen)
try:
    threading.ExceptHookArgs((1, 2))
except TypeError as e:
    print("TypeError:", e)
print(threading.ExceptHookArgs([ValueError, None, None, None]).exc_type)

threading.excepthook = failing_hook
t = threading.Thread(target=work, name="X")
t.start()
t.join()
print("main goes on")
