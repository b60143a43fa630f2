# threading.excepthook prints the frames of threading.py (each version's line numbers) above the
# target's: a target function, an overridden run(), a Timer; start() and join() raise from threading.py.
import threading

def work(n):
    print('work', n)
    return 10 // n

t = threading.Thread(target=work, args=(0,))
t.start()
t.join()

class Worker(threading.Thread):
    def run(self):
        raise KeyError('in run')

w = Worker(name='worker')
w.start()
w.join()

timer = threading.Timer(0.01, work, args=(0,))
timer.start()
timer.join()

u = threading.Thread(target=work, args=(1,))
try:
    u.join()
except RuntimeError as e:
    print('caught:', e)
u.start()
u.join()
u.start()
