# threading.excepthook replaced by the learner's hook (it gets exc_type, exc_value, exc_traceback and the
# thread), then restored from threading.__excepthook__, which prints "Exception in thread ..." on stderr.
import threading

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback.tb_frame.f_code.co_name))


def divide(x):
    return 10 / x


threading.excepthook = hook
t = threading.Thread(target=divide, args=(0,), name="Divider")
t.start()
t.join()
print(caught)
print(threading.excepthook is hook, threading.__excepthook__ is hook)
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=divide, args=(0,), name="Divider-2")
t.start()
t.join()
print("main goes on:", t.is_alive())
