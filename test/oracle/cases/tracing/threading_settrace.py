# threading.settrace: every thread started afterwards runs with that trace function (set by the thread's
# bootstrap before run()); two threads started and joined one after the other, the main thread untraced.
import sys
import threading

events = []

def tracer(frame, event, arg):
    if frame.f_globals.get('__name__') == '__main__':
        events.append((threading.current_thread().name, event, frame.f_code.co_name, frame.f_lineno))
    return tracer

def worker(n):
    total = 0
    for i in range(n):
        total += i
    return total

threading.settrace(tracer)
print(threading.gettrace() is tracer, sys.gettrace())
for name, n in (('first', 2), ('second', 1)):
    t = threading.Thread(target=worker, args=(n,), name=name)
    t.start()
    t.join()
threading.settrace(None)
for e in events:
    print(*e)
print(sys.gettrace(), threading.gettrace())
