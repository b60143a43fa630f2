# Stacks printed from a thread: stack_info and a logging error's "Call stack:" show threading.py's frames
# (_bootstrap, _bootstrap_inner, run) with each version's line numbers above the worker's own, as
# traceback.print_stack walks them; on stderr, where the frames' file names are compared.
import logging
import threading

logging.basicConfig(format='%(threadName)s %(levelname)s %(message)s')


def step(n):
    logging.warning("step %d", n, stack_info=True)
    logging.error("%d of %d", n)


def worker():
    step(1)


t = threading.Thread(target=worker, name='worker')
t.start()
t.join()
print("joined")
