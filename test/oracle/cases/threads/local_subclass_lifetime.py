# threading.local as CPython's _thread._local: a subclass's __init__ runs again in each new thread with
# the creation arguments, class attributes are defaults under each thread's own __dict__, a thread's
# values are released when it ends (before join returns), and the object's when it dies.
import sys
import threading


class Conn:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)


class Session(threading.local):
    retries = 3

    def __init__(self, /, **kw):
        print("init in", threading.current_thread().name, sorted(kw))
        self.__dict__.update(kw)

    def describe(self):
        return f"{self.user} retries={self.retries}"


payload = ["shared", "payload"]
session = Session(user="alice")


def work(n):
    print("thread sees", session.describe())
    session.user = f"user{n}"
    session.retries += n
    session.conn = Conn(f"conn-{n}")
    session.payload = payload
    print("in thread:", session.describe(), sorted(vars(session)), sys.getrefcount(payload))


for n in (1, 2):
    t = threading.Thread(target=work, args=(n,), name=f"T{n}")
    t.start()
    t.join()
    print("joined", n, sys.getrefcount(payload))
print("main still:", session.describe(), Session.retries)
session.conn = Conn("main")
del session.user
print(hasattr(session, "user"), type(threading.local()))
try:
    threading.local().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
del session
print("end")
