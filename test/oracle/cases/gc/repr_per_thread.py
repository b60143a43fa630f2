# Each thread has its own dict and Py_Repr list: a new thread's first container repr allocates them
# again, and they go when the thread ends.
import gc
import threading


def gen0():
    return gc.get_count()[0]


def first_repr(results):
    gc.collect()
    gen0()
    before = gen0()
    text = repr([1, 2])
    middle = gen0()
    text = repr([3, 4])
    results.append((middle - before, gen0() - middle))


main_results = []
first_repr(main_results)
thread_results = []
worker = threading.Thread(target=first_repr, args=(thread_results,))
worker.start()
worker.join()
print('main thread:', main_results)
print('new thread:', thread_results)
