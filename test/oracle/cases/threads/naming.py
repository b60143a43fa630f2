# Thread names: "Thread-N (target)" since 3.10, explicit names, the main thread, daemon inheritance.
import threading

def job():
    me = threading.current_thread()
    print("running in", me.name, "daemon:", me.daemon)

def other():
    pass

a = threading.Thread(target=job)
b = threading.Thread(target=other, name="worker")
c = threading.Thread()
d = threading.Thread(target=job, daemon=True)
print(a.name, "|", b.name, "|", c.name, "|", d.name)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(a.ident is None, a.is_alive(), a.daemon, d.daemon)
a.start()
a.join()
d.start()
d.join()
print(a.ident is not None, a.ident != threading.get_ident(), a.is_alive())
b.name = "renamed"
print(b.name)
try:
    a.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    b.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.active_count(), len(threading.enumerate()))
