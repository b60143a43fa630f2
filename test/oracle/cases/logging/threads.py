# Logging from threads: %(threadName)s is the current thread's name (Thread-N (target) by default, a given
# name, MainThread), each worker started and joined in turn so the output order is fixed; a handler's lock
# serializes emit; records carry the thread's name after it was renamed.
import logging
import sys
import threading

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format='%(threadName)s %(levelname)s %(funcName)s: %(message)s')


def worker(n):
    logging.info("start %d", n)
    total = sum(range(n * 1000))
    logging.debug("total %d", total)
    return total


for i in range(3):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()
named = threading.Thread(target=worker, args=(5,), name='loader')
named.start()
named.join()

done = threading.Event()


def waiter():
    done.wait()
    logging.warning("woken")


w = threading.Thread(target=waiter, name='waiter')
w.start()
logging.info("setting the event")
threading.current_thread().name = 'Main'
done.set()
w.join()
logging.info("all joined")
print(threading.active_count())
