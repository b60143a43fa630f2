# Who holds a Thread while it runs: the name, _active, the bound method Thread._bootstrap its thread's
# bootstate keeps until the call returns, and the self of _bootstrap, _bootstrap_inner and run; after
# join only the name. A raw _thread.start_new_thread keeps its function and args tuple the same way.
import _thread
import sys
import threading
import time

ev = threading.Event()


def wait_for_event():
    ev.wait()


t = threading.Thread(target=wait_for_event)
print("created:", sys.getrefcount(t))
t.start()
time.sleep(0.01)
print("running:", sys.getrefcount(t))
ev.set()
t.join()
print("joined:", sys.getrefcount(t))

payload = ["some", "payload"]
seen = []
done = threading.Lock()
done.acquire()


def raw(item):
    seen.append(sys.getrefcount(item))
    done.release()


args = (payload,)
_thread.start_new_thread(raw, args)
done.acquire()
time.sleep(0.01)
print("in the raw thread:", seen, "after:", sys.getrefcount(payload), sys.getrefcount(args))
