# threading.local: one attribute dict per thread; object.__getattribute__ reads past __getattr__.
import threading


class C:
    x = 5

    def __getattr__(self, name):
        return "fallback " + name


c = C()
c.y = 2
print(object.__getattribute__(c, "y"), object.__getattribute__(c, "x"), c.zz)
try:
    object.__getattribute__(c, "zz")
except AttributeError as e:
    print("AttributeError:", e)

data = threading.local()
data.v = 1


def work(n):
    print("before, in the thread:", hasattr(data, "v"))
    data.v = n
    print("in the thread:", data.v)


for n in (2, 3):
    t = threading.Thread(target=work, args=(n,))
    t.start()
    t.join()
print("in the main thread:", data.v)
