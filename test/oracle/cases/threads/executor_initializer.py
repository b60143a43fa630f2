# ThreadPoolExecutor's initializer runs once in each worker; one that raises is logged ("Exception in
# initializer:" and its traceback through thread.py's _worker) and breaks the pool: pending futures and
# later submits get BrokenThreadPool.
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool

local = threading.local()


def init(tag):
    local.tag = tag


with ThreadPoolExecutor(2, initializer=init, initargs=("T",)) as ex:
    print(set(ex.map(lambda _: local.tag, range(5))))


def failing_init():
    raise ValueError("init failed")


ex = ThreadPoolExecutor(1, initializer=failing_init)
f = ex.submit(print, "never")
try:
    f.result()
except BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
try:
    ex.submit(print, "x")
except BrokenThreadPool as e:
    print("submit:", e)
ex.shutdown()
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)
print(BrokenThreadPool.__mro__[1].__name__)
