# 3.12's threading.settrace_all_threads (sys._settraceallthreads): the trace function reaches a thread
# already running (its next calls are traced); 3.11 has only threading.settrace, for threads started later.
import sys
import threading

go = threading.Event()
seen = []

def tracer(frame, event, arg):
    if frame.f_globals.get('__name__') == '__main__':
        seen.append((threading.current_thread().name, event, frame.f_code.co_name))
    return tracer

def step(n):
    return n * 2

def worker():
    go.wait()
    step(1)

t = threading.Thread(target=worker, name='worker')
t.start()
if hasattr(threading, 'settrace_all_threads'):
    threading.settrace_all_threads(tracer)
else:
    threading.settrace(tracer)
print(threading.gettrace() is tracer, sys.gettrace() is tracer)
go.set()
t.join()
sys.settrace(None)
threading.settrace(None)
for entry in seen:
    print(*entry)
